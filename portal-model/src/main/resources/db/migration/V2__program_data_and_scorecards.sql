-- Ids of tenant-owned rows come from one table generator (blocks of 100), so inserts can be batched.
CREATE TABLE id_generator (
    name       VARCHAR(64) NOT NULL,
    next_value BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_generator (name, next_value)
SELECT 'portal_ids', GREATEST(COALESCE((SELECT MAX(id) FROM tier), 0), COALESCE((SELECT MAX(id) FROM partner), 0));

-- The currency a vendor's program is measured in; every amount it imports is in it.
ALTER TABLE vendor ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'USD';

CREATE TABLE deal (
    id                BIGINT        NOT NULL,
    vendor_id         VARCHAR(64)   NOT NULL,
    version           BIGINT        NOT NULL,
    external_id       VARCHAR(64)   NOT NULL,
    partner_id        BIGINT        NOT NULL,
    customer          VARCHAR(200)  NOT NULL,
    amount            DECIMAL(15,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    origin            VARCHAR(16)   NOT NULL,
    stage             VARCHAR(16)   NOT NULL,
    stage_entered_on  DATE          NOT NULL,
    identified_on     DATE          NOT NULL,
    registered_on     DATE,
    created_on        DATE          NOT NULL,
    expected_close_on DATE,
    closed_on         DATE,
    loss_reason       VARCHAR(16),
    vertical          VARCHAR(80),
    PRIMARY KEY (id),
    CONSTRAINT uk_deal_external UNIQUE (vendor_id, external_id),
    CONSTRAINT fk_deal_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_deal_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_deal_partner (vendor_id, partner_id),
    INDEX ix_deal_closed (vendor_id, closed_on),
    INDEX ix_deal_created (vendor_id, created_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commission (
    id               BIGINT        NOT NULL,
    vendor_id        VARCHAR(64)   NOT NULL,
    version          BIGINT        NOT NULL,
    external_id      VARCHAR(64)   NOT NULL,
    partner_id       BIGINT        NOT NULL,
    deal_external_id VARCHAR(64),
    amount           DECIMAL(15,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    earned_on        DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_commission_external UNIQUE (vendor_id, external_id),
    CONSTRAINT fk_commission_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_commission_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_commission_earned (vendor_id, earned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quarterly_target (
    id             BIGINT        NOT NULL,
    vendor_id      VARCHAR(64)   NOT NULL,
    version        BIGINT        NOT NULL,
    external_id    VARCHAR(64)   NOT NULL,
    partner_id     BIGINT        NOT NULL,
    quarter        CHAR(7)       NOT NULL,
    revenue_target DECIMAL(15,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_target_external UNIQUE (vendor_id, external_id),
    CONSTRAINT uk_target_quarter UNIQUE (vendor_id, partner_id, quarter),
    CONSTRAINT fk_target_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_target_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enablement_record (
    id            BIGINT       NOT NULL,
    vendor_id     VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    external_id   VARCHAR(64)  NOT NULL,
    partner_id    BIGINT       NOT NULL,
    person        VARCHAR(200) NOT NULL,
    course        VARCHAR(200) NOT NULL,
    certification BOOLEAN      NOT NULL,
    enrolled_on   DATE         NOT NULL,
    completed_on  DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_enablement_external UNIQUE (vendor_id, external_id),
    CONSTRAINT fk_enablement_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_enablement_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cosell_activity (
    id               BIGINT       NOT NULL,
    vendor_id        VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    external_id      VARCHAR(64)  NOT NULL,
    partner_id       BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    occurred_on      DATE         NOT NULL,
    deal_external_id VARCHAR(64),
    note             VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_cosell_external UNIQUE (vendor_id, external_id),
    CONSTRAINT fk_cosell_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_cosell_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_cosell_occurred (vendor_id, occurred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_customer (
    id                  BIGINT       NOT NULL,
    vendor_id           VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    external_id         VARCHAR(64)  NOT NULL,
    partner_id          BIGINT       NOT NULL,
    customer            VARCHAR(200) NOT NULL,
    signed_on           DATE         NOT NULL,
    first_value_on      DATE,
    integration_live_on DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_customer_external UNIQUE (vendor_id, external_id),
    CONSTRAINT fk_joint_customer_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_joint_customer_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portal_login (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    user_name    VARCHAR(255) NOT NULL,
    signed_in_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_login_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_login_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_login_time (vendor_id, signed_in_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE metric_definition (
    id                 BIGINT        NOT NULL,
    vendor_id          VARCHAR(64)   NOT NULL,
    version            BIGINT        NOT NULL,
    metric             VARCHAR(32)   NOT NULL,
    definition_version INT           NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    formula            VARCHAR(1000) NOT NULL,
    source             VARCHAR(200)  NOT NULL,
    parameter          DECIMAL(12,2),
    change_note        VARCHAR(500),
    published_at       DATETIME(3)   NOT NULL,
    published_by       VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_definition_version UNIQUE (vendor_id, metric, definition_version),
    CONSTRAINT fk_definition_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE definition_agreement (
    id            BIGINT        NOT NULL,
    vendor_id     VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL,
    partner_id    BIGINT        NOT NULL,
    definition_id BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    question      VARCHAR(1000),
    decided_by    VARCHAR(255)  NOT NULL,
    decided_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agreement UNIQUE (vendor_id, partner_id, definition_id),
    CONSTRAINT fk_agreement_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_agreement_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_agreement_definition FOREIGN KEY (definition_id) REFERENCES metric_definition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    quarter      CHAR(7)      NOT NULL,
    status       VARCHAR(8)   NOT NULL,
    health_score DECIMAL(5,1),
    refreshed_at DATETIME(3)  NOT NULL,
    frozen_at    DATETIME(3),
    frozen_by    VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT uk_scorecard UNIQUE (vendor_id, partner_id, quarter),
    CONSTRAINT fk_scorecard_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_scorecard_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_scorecard_quarter (vendor_id, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard_figure (
    id                 BIGINT        NOT NULL,
    vendor_id          VARCHAR(64)   NOT NULL,
    version            BIGINT        NOT NULL,
    scorecard_id       BIGINT        NOT NULL,
    metric             VARCHAR(32)   NOT NULL,
    position           INT           NOT NULL,
    definition_version INT           NOT NULL,
    figure_value       DECIMAL(19,4),
    target             DECIMAL(19,4),
    detail             VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_figure UNIQUE (scorecard_id, metric),
    CONSTRAINT fk_figure_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_figure_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard_talking_point (
    scorecard_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    flag         VARCHAR(24)  NOT NULL,
    sentence     VARCHAR(300) NOT NULL,
    PRIMARY KEY (scorecard_id, position),
    CONSTRAINT fk_talking_point_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id) ON DELETE CASCADE,
    INDEX ix_talking_point_flag (flag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dispute (
    id                BIGINT        NOT NULL,
    vendor_id         VARCHAR(64)   NOT NULL,
    version           BIGINT        NOT NULL,
    figure_id         BIGINT        NOT NULL,
    partner_id        BIGINT        NOT NULL,
    raised_by         VARCHAR(255)  NOT NULL,
    raised_by_side    VARCHAR(8)    NOT NULL,
    comment           VARCHAR(1000) NOT NULL,
    value_when_raised DECIMAL(19,4),
    raised_at         DATETIME(3)   NOT NULL,
    resolution        VARCHAR(1000),
    resolved_by       VARCHAR(255),
    resolved_at       DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_dispute_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_dispute_figure FOREIGN KEY (figure_id) REFERENCES scorecard_figure (id),
    CONSTRAINT fk_dispute_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

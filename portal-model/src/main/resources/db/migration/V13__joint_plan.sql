-- The joint plan (issue 14): versions of a partner's plan agreed at a QBR, their bets and
-- commitments (an item keeps its key across versions), check-ins by item, both sides' grades at
-- the next QBR, and the plan's history.

CREATE TABLE joint_plan (
    id                   BIGINT       NOT NULL,
    vendor_id            VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    partner_id           BIGINT       NOT NULL,
    qbr_id               BIGINT       NOT NULL,
    quarter              VARCHAR(7)   NOT NULL,
    number               INT          NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    drafted_by           VARCHAR(255) NOT NULL,
    drafted_at           DATETIME(3)  NOT NULL,
    vendor_confirmed_by  VARCHAR(255),
    vendor_confirmed_at  DATETIME(3),
    partner_confirmed_by VARCHAR(255),
    partner_confirmed_at DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_plan_number UNIQUE (vendor_id, qbr_id, number),
    KEY ix_joint_plan_partner (vendor_id, partner_id, quarter),
    CONSTRAINT fk_joint_plan_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_joint_plan_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_joint_plan_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_bet (
    id                 BIGINT         NOT NULL,
    vendor_id          VARCHAR(64)    NOT NULL,
    version            BIGINT         NOT NULL,
    plan_id            BIGINT         NOT NULL,
    item_key           BIGINT         NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    why_it_matters     VARCHAR(1000)  NOT NULL,
    metric             VARCHAR(40)    NOT NULL,
    baseline           DECIMAL(19, 4),
    target             DECIMAL(19, 4) NOT NULL,
    vendor_commitment  VARCHAR(1000)  NOT NULL,
    partner_commitment VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_bet_item UNIQUE (plan_id, item_key),
    CONSTRAINT fk_plan_bet_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_bet_plan FOREIGN KEY (plan_id) REFERENCES joint_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_commitment (
    id             BIGINT       NOT NULL,
    vendor_id      VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    plan_id        BIGINT       NOT NULL,
    item_key       BIGINT       NOT NULL,
    side           VARCHAR(8)   NOT NULL,
    owner_name     VARCHAR(200) NOT NULL,
    owner_email    VARCHAR(254),
    owner_username VARCHAR(255),
    due_date       DATE         NOT NULL,
    outcome        VARCHAR(500) NOT NULL,
    cadence        VARCHAR(16)  NOT NULL,
    bet_key        BIGINT,
    status         VARCHAR(12)  NOT NULL,
    dropped_reason VARCHAR(500),
    done_on        DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_commitment_item UNIQUE (plan_id, item_key),
    KEY ix_plan_commitment_due (vendor_id, due_date),
    KEY ix_plan_commitment_owner (vendor_id, owner_username),
    CONSTRAINT fk_plan_commitment_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_commitment_plan FOREIGN KEY (plan_id) REFERENCES joint_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_check_in (
    id         BIGINT        NOT NULL,
    vendor_id  VARCHAR(64)   NOT NULL,
    version    BIGINT        NOT NULL,
    partner_id BIGINT        NOT NULL,
    item_key   BIGINT        NOT NULL,
    progress   VARCHAR(1000) NOT NULL,
    status     VARCHAR(12)   NOT NULL,
    blocker    VARCHAR(500),
    next_step  VARCHAR(500),
    checked_by VARCHAR(255)  NOT NULL,
    checked_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_plan_check_in_item (vendor_id, item_key, checked_at),
    CONSTRAINT fk_plan_check_in_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_check_in_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_grade (
    id            BIGINT        NOT NULL,
    vendor_id     VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL,
    commitment_id BIGINT        NOT NULL,
    qbr_id        BIGINT        NOT NULL,
    side          VARCHAR(8)    NOT NULL,
    level         VARCHAR(8),
    note          VARCHAR(1000),
    graded_by     VARCHAR(255),
    graded_at     DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_grade UNIQUE (commitment_id, side),
    CONSTRAINT fk_plan_grade_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_grade_commitment FOREIGN KEY (commitment_id) REFERENCES plan_commitment (id),
    CONSTRAINT fk_plan_grade_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_change (
    id           BIGINT        NOT NULL,
    vendor_id    VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL,
    plan_id      BIGINT        NOT NULL,
    item         VARCHAR(60)   NOT NULL,
    what         VARCHAR(300)  NOT NULL,
    value_before VARCHAR(2000),
    value_after  VARCHAR(2000),
    changed_by   VARCHAR(255)  NOT NULL,
    changed_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_change_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_change_plan FOREIGN KEY (plan_id) REFERENCES joint_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

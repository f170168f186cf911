-- Issue 4: segments and review formats, versioned tier ladders with criteria, each partner's
-- standing per quarter (segment history and tier eligibility), tier proposals.

-- Tiers belong to a version of the ladder; a new version writes new tier rows, so a partner's
-- approved tier keeps the version it was approved under.
ALTER TABLE tier ADD COLUMN ladder_version INT NOT NULL DEFAULT 1;
ALTER TABLE tier ADD CONSTRAINT uk_tier_ladder_rank UNIQUE (vendor_id, ladder_version, tier_rank);
ALTER TABLE tier DROP INDEX uk_tier_rank;

CREATE TABLE tier_criterion (
    tier_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    measure   VARCHAR(32)   NOT NULL,
    threshold DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (tier_id, position),
    CONSTRAINT fk_tier_criterion_tier FOREIGN KEY (tier_id) REFERENCES tier (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_settings (
    id                  BIGINT        NOT NULL,
    vendor_id           VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL,
    strategic_percent   INT           NOT NULL,
    growth_percent      INT           NOT NULL,
    long_tail_threshold DECIMAL(15,2) NOT NULL,
    demotion_grace_days INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_settings_vendor UNIQUE (vendor_id),
    CONSTRAINT fk_program_settings_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_format (
    id              BIGINT       NOT NULL,
    vendor_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    segment         VARCHAR(16)  NOT NULL,
    cadence         VARCHAR(24)  NOT NULL,
    meeting_minutes INT          NOT NULL,
    meeting         VARCHAR(300) NOT NULL,
    between_reviews VARCHAR(300) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_format_segment UNIQUE (vendor_id, segment),
    CONSTRAINT fk_review_format_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE standing (
    id                    BIGINT        NOT NULL,
    vendor_id             VARCHAR(64)   NOT NULL,
    version               BIGINT        NOT NULL,
    partner_id            BIGINT        NOT NULL,
    quarter               VARCHAR(7)    NOT NULL,
    trailing_revenue      DECIMAL(19,4) NOT NULL,
    revenue_rank          INT           NOT NULL,
    won_deals             INT           NOT NULL,
    certified_people      INT           NOT NULL,
    enablement_completion DECIMAL(7,4),
    computed_segment      VARCHAR(16)   NOT NULL,
    override_segment      VARCHAR(16),
    override_reason       VARCHAR(500),
    overridden_by         VARCHAR(255),
    overridden_at         DATETIME(3),
    effective_segment     VARCHAR(16)   NOT NULL,
    eligible_tier_id      BIGINT,
    computed_at           DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_standing_partner_quarter UNIQUE (vendor_id, partner_id, quarter),
    CONSTRAINT fk_standing_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_standing_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_standing_tier FOREIGN KEY (eligible_tier_id) REFERENCES tier (id),
    INDEX ix_standing_quarter (vendor_id, quarter, effective_segment)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tier_proposal (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    quarter      VARCHAR(7)   NOT NULL,
    from_tier_id BIGINT,
    to_tier_id   BIGINT       NOT NULL,
    demotion     BOOLEAN      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    proposed_at  DATETIME(3)  NOT NULL,
    grace_until  DATE,
    decided_by   VARCHAR(255),
    decided_at   DATETIME(3),
    reason       VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_tier_proposal_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_tier_proposal_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_tier_proposal_from FOREIGN KEY (from_tier_id) REFERENCES tier (id),
    CONSTRAINT fk_tier_proposal_to FOREIGN KEY (to_tier_id) REFERENCES tier (id),
    INDEX ix_tier_proposal_status (vendor_id, status, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

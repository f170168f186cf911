-- QBRs as records of their own (they replace "a frozen scorecard means the QBR was held"), and
-- the day of the month of the monthly program review as a vendor setting.

CREATE TABLE qbr (
    id              BIGINT       NOT NULL,
    vendor_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    quarter         VARCHAR(7)   NOT NULL,
    starts_at       DATETIME     NOT NULL,
    meeting_minutes INT          NOT NULL,
    meeting         VARCHAR(300) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    -- TRUE while scheduled or held, NULL once cancelled: one QBR per partner and quarter that is not cancelled
    not_cancelled   BOOLEAN,
    scheduled_by    VARCHAR(255) NOT NULL,
    scheduled_at    DATETIME(3)  NOT NULL,
    held_at         DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_partner_quarter UNIQUE (vendor_id, partner_id, quarter, not_cancelled),
    CONSTRAINT fk_qbr_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_qbr_quarter (vendor_id, quarter, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE program_settings
    ADD COLUMN program_review_week VARCHAR(8) NOT NULL DEFAULT 'FIRST',
    ADD COLUMN program_review_day  VARCHAR(9) NOT NULL DEFAULT 'TUESDAY';

-- Issue 15: vendor admins keep their partners (time zone, owning partner manager, archived
-- instead of deleted) and every change to partners (and later people) is in an audit trail.

ALTER TABLE partner
    ADD COLUMN time_zone   VARCHAR(64),
    ADD COLUMN owner       VARCHAR(255),
    ADD COLUMN archived_at DATETIME(3);

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    subject     VARCHAR(32)  NOT NULL,
    subject_key VARCHAR(255) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    before_text VARCHAR(4000),
    after_text  VARCHAR(4000),
    PRIMARY KEY (id),
    INDEX ix_audit_entry_at (vendor_id, at),
    INDEX ix_audit_entry_subject (vendor_id, subject, subject_key),
    CONSTRAINT fk_audit_entry_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

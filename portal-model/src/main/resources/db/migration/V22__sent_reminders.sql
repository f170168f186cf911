-- Reminders (issue 16): each reminder's key once per vendor, so that a reminder goes out once also
-- when its job runs twice at the same moment or again after a restart.

CREATE TABLE sent_reminder (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    reminder_key VARCHAR(300) NOT NULL,
    sent_at      DATETIME(3)  NOT NULL,
    messages     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sent_reminder_key UNIQUE (vendor_id, reminder_key),
    CONSTRAINT fk_sent_reminder_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

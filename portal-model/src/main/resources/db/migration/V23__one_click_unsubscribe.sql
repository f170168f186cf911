-- One-click unsubscribe from non-essential mail (issue 16, RFC 8058): a message may carry its
-- unsubscribe link (sent as List-Unsubscribe with List-Unsubscribe-Post); each person's token and
-- opt-out per vendor.

ALTER TABLE mail_outbox
    ADD COLUMN unsubscribe_url VARCHAR(500) NULL;

CREATE TABLE mail_subscription (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    opted_out_at DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_subscription_email UNIQUE (vendor_id, email),
    CONSTRAINT uk_mail_subscription_token UNIQUE (vendor_id, token),
    CONSTRAINT fk_mail_subscription_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

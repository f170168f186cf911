-- Mail (issue 15): the outbox every message is written to in the transaction of the change that
-- causes it, delivered by the sender; and the vendor's mail settings: the sender name its messages
-- carry (empty: the vendor's name) and the address of its admins, where notices for them go.

ALTER TABLE vendor
    ADD COLUMN sender_name VARCHAR(200) NULL,
    ADD COLUMN admin_email VARCHAR(254) NULL;

CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL,
    vendor_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    sender_name     VARCHAR(200) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    reply_to        VARCHAR(254),
    subject         VARCHAR(255) NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    next_attempt_at DATETIME(3)  NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_at      DATETIME(3),
    sent_at         DATETIME(3),
    last_error      VARCHAR(500),
    PRIMARY KEY (id),
    KEY ix_mail_outbox_due (vendor_id, status, next_attempt_at),
    KEY ix_mail_outbox_log (vendor_id, created_at),
    CONSTRAINT fk_mail_outbox_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Follow-through (issue 16): files a message of the outbox carries (a recap's PDF, a calendar
-- invitation), and the recap of a QBR as it was sent, one per QBR, never changed after.

CREATE TABLE mail_attachment (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    message_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mail_attachment_message (vendor_id, message_id),
    CONSTRAINT fk_mail_attachment_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_mail_attachment_message FOREIGN KEY (message_id) REFERENCES mail_outbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_recap (
    id          BIGINT        NOT NULL,
    vendor_id   VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL,
    qbr_id      BIGINT        NOT NULL,
    sent_by     VARCHAR(255)  NOT NULL,
    sent_at     DATETIME(3)   NOT NULL,
    subject     VARCHAR(255)  NOT NULL,
    text_body   MEDIUMTEXT    NOT NULL,
    html_body   MEDIUMTEXT    NOT NULL,
    pdf         MEDIUMBLOB    NOT NULL,
    recipients  VARCHAR(4000) NOT NULL,
    not_reached VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_recap_qbr UNIQUE (vendor_id, qbr_id),
    CONSTRAINT fk_qbr_recap_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_recap_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

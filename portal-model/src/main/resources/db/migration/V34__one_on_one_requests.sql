-- 1:1 requests (issue 17): a tail partner's admin asks for a review of its own; vendor staff
-- accept it (a QBR is scheduled) or decline it with a reply.

CREATE TABLE one_on_one_request (
    id           BIGINT        NOT NULL,
    vendor_id    VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL,
    partner_id   BIGINT        NOT NULL,
    requested_by VARCHAR(255)  NOT NULL,
    requested_at DATETIME(3)   NOT NULL,
    request      VARCHAR(1000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    qbr_id       BIGINT,
    decided_by   VARCHAR(255),
    decided_at   DATETIME(3),
    reason       VARCHAR(500),
    PRIMARY KEY (id),
    KEY ix_one_on_one_request_status (vendor_id, status, requested_at),
    CONSTRAINT fk_one_on_one_request_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_one_on_one_request_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id),
    CONSTRAINT fk_one_on_one_request_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Calendar invitations of QBRs (issue 16): one per QBR, its sequence raised with every change
-- sent, the start its last invitation named, whether its cancellation went out, and whom it invited.

CREATE TABLE qbr_invitation (
    id          BIGINT        NOT NULL,
    vendor_id   VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL,
    qbr_id      BIGINT        NOT NULL,
    sequence    INT           NOT NULL,
    sent_start  DATETIME      NOT NULL,
    cancelled   BOOLEAN       NOT NULL,
    invited     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_invitation_qbr UNIQUE (vendor_id, qbr_id),
    CONSTRAINT fk_qbr_invitation_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_invitation_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

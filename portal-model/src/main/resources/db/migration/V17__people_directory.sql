-- Issue 15: the people directory: each person of a vendor's portal (staff and partner users), with
-- e-mail, role, partner, status and last sign-in, kept up to date from their sign-ins.

CREATE TABLE person (
    id              BIGINT       NOT NULL,
    vendor_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    username        VARCHAR(255) NOT NULL,
    email           VARCHAR(254),
    role            VARCHAR(32)  NOT NULL,
    partner_code    VARCHAR(64),
    status          VARCHAR(16)  NOT NULL,
    last_sign_in_at DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_person_username UNIQUE (vendor_id, username),
    INDEX ix_person_partner (vendor_id, partner_code),
    CONSTRAINT fk_person_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

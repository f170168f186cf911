CREATE TABLE vendor (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(64)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_vendor_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tier (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id VARCHAR(64)   NOT NULL,
    version   BIGINT        NOT NULL,
    name      VARCHAR(80)   NOT NULL,
    tier_rank INT           NOT NULL,
    benefits  VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_tier_rank UNIQUE (vendor_id, tier_rank),
    CONSTRAINT fk_tier_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    vendor_id VARCHAR(64)  NOT NULL,
    version   BIGINT       NOT NULL,
    code      VARCHAR(64)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    type      VARCHAR(32)  NOT NULL,
    region    VARCHAR(80),
    joined_on DATE         NOT NULL,
    tier_id   BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_code UNIQUE (vendor_id, code),
    CONSTRAINT fk_partner_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_partner_tier FOREIGN KEY (tier_id) REFERENCES tier (id),
    INDEX ix_partner_name (vendor_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each person's calendar feed (issue 16): a secret address per person and vendor that a calendar
-- application subscribes to without signing in; a new secret replaces the old one (revoking it).
CREATE TABLE calendar_feed (
    id         BIGINT       NOT NULL,
    vendor_id  VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL,
    username   VARCHAR(255) NOT NULL,
    secret     VARCHAR(64)  NOT NULL,
    made_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feed_username UNIQUE (vendor_id, username),
    CONSTRAINT uk_calendar_feed_secret UNIQUE (vendor_id, secret),
    CONSTRAINT fk_calendar_feed_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 13: the time zone a person reads times in (one row per user of a vendor; none: the
-- program's zone) and the vendor's own agenda templates (rows per meeting length; none for a
-- length: the portal's default template of that length).

CREATE TABLE viewer_zone (
    id        BIGINT       NOT NULL,
    vendor_id VARCHAR(64)  NOT NULL,
    version   BIGINT       NOT NULL,
    username  VARCHAR(255) NOT NULL,
    time_zone VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_viewer_zone UNIQUE (vendor_id, username),
    CONSTRAINT fk_viewer_zone_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_template_section (
    id              BIGINT       NOT NULL,
    vendor_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    meeting_minutes INT          NOT NULL,
    position        INT          NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    title           VARCHAR(120) NOT NULL,
    minutes         INT          NOT NULL,
    purpose         VARCHAR(300),
    looks_back      BOOLEAN      NOT NULL,
    edited_by       VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_agenda_template_section (vendor_id, meeting_minutes),
    CONSTRAINT fk_agenda_template_section_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Program review resources (issue 17): links a vendor attaches to a session (slides, documents,
-- the recording), read by the partners invited to it.

CREATE TABLE program_review_resource (
    id         BIGINT       NOT NULL,
    vendor_id  VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL,
    session_id BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    recording  BOOLEAN      NOT NULL,
    added_by   VARCHAR(255) NOT NULL,
    added_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_program_review_resource_session (vendor_id, session_id),
    CONSTRAINT fk_program_review_resource_session FOREIGN KEY (session_id) REFERENCES program_review_session (id),
    CONSTRAINT fk_program_review_resource_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

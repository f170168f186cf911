-- Program review files (issue 17): files a vendor attaches to a session (PDF, PowerPoint, Word,
-- Excel, PNG, JPEG; at most 10 MB), stored by the portal and served only to the vendor's staff and
-- the partners invited to its program reviews.

CREATE TABLE program_review_file (
    id           BIGINT       NOT NULL,
    vendor_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    session_id   BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    added_by     VARCHAR(255) NOT NULL,
    added_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_program_review_file_session (vendor_id, session_id),
    CONSTRAINT fk_program_review_file_session FOREIGN KEY (session_id) REFERENCES program_review_session (id),
    CONSTRAINT fk_program_review_file_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

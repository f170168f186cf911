-- Program review attendance (issue 17): per session and invited partner, whether it attended, as
-- the vendor recorded it (by hand or from the webinar tool's attendance file). The scorecard counts
-- the sessions attended in a quarter (held_at) in the partner's engagement score.

CREATE TABLE program_review_attendance (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    partner_id  BIGINT       NOT NULL,
    held_at     DATETIME(3)  NOT NULL,
    attended    BOOLEAN      NOT NULL,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_review_attendance UNIQUE (vendor_id, session_id, partner_id),
    KEY ix_program_review_attendance_held (vendor_id, held_at, partner_id),
    CONSTRAINT fk_program_review_attendance_session FOREIGN KEY (session_id) REFERENCES program_review_session (id),
    CONSTRAINT fk_program_review_attendance_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_program_review_attendance_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

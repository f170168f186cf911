-- Program reviews (issue 17): the monthly group review of the tail as a series of sessions, its
-- audience (the tail, plus partners the vendor adds, minus those it removes) and the partners'
-- answers.

CREATE TABLE program_review_series (
    id         BIGINT        NOT NULL,
    vendor_id  VARCHAR(64)   NOT NULL,
    version    BIGINT        NOT NULL,
    start_time TIME          NOT NULL,
    minutes    INT           NOT NULL,
    join_link  VARCHAR(500)  NOT NULL,
    host       VARCHAR(200)  NOT NULL,
    agenda     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_review_series_vendor UNIQUE (vendor_id),
    CONSTRAINT fk_program_review_series_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_review_session (
    id               BIGINT        NOT NULL,
    vendor_id        VARCHAR(64)   NOT NULL,
    version          BIGINT        NOT NULL,
    review_month     VARCHAR(7)    NOT NULL,
    starts_at        DATETIME(3)   NOT NULL,
    minutes          INT           NOT NULL,
    join_link        VARCHAR(500)  NOT NULL,
    host             VARCHAR(200)  NOT NULL,
    agenda           VARCHAR(4000) NOT NULL,
    moved            BOOLEAN       NOT NULL,
    sequence         INT           NOT NULL,
    cancelled_at     DATETIME(3),
    cancelled_reason VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_program_review_session_month UNIQUE (vendor_id, review_month),
    CONSTRAINT fk_program_review_session_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_review_audience (
    id         BIGINT      NOT NULL,
    vendor_id  VARCHAR(64) NOT NULL,
    version    BIGINT      NOT NULL,
    partner_id BIGINT      NOT NULL,
    invited    BOOLEAN     NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_review_audience UNIQUE (vendor_id, partner_id),
    CONSTRAINT fk_program_review_audience_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_program_review_audience_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_review_answer (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    partner_id  BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    registered  BOOLEAN      NOT NULL,
    answered_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_review_answer UNIQUE (session_id, username),
    CONSTRAINT fk_program_review_answer_session FOREIGN KEY (session_id) REFERENCES program_review_session (id),
    CONSTRAINT fk_program_review_answer_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_program_review_answer_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The QBR workspace (issue 13): the program's time zone and look-back share, attendees of both
-- sides, the timed agenda and its topics, the pre-read and who opened it, and the meeting record
-- (notes, decisions, win/loss, pipeline review, feedback, health check, amendments).

ALTER TABLE program_settings
    ADD COLUMN time_zone         VARCHAR(64) NOT NULL DEFAULT 'UTC',
    ADD COLUMN look_back_percent INT         NOT NULL DEFAULT 33;

CREATE TABLE qbr_attendee (
    id                BIGINT       NOT NULL,
    vendor_id         VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    qbr_id            BIGINT       NOT NULL,
    side              VARCHAR(8)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    username          VARCHAR(255),
    title             VARCHAR(120),
    decision_maker    BOOLEAN      NOT NULL,
    executive_sponsor BOOLEAN      NOT NULL,
    attended          BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_attendee_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_attendee_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_agenda (
    id        BIGINT       NOT NULL,
    vendor_id VARCHAR(64)  NOT NULL,
    version   BIGINT       NOT NULL,
    qbr_id    BIGINT       NOT NULL,
    edited_by VARCHAR(255) NOT NULL,
    edited_at DATETIME(3)  NOT NULL,
    sent_at   DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_agenda UNIQUE (qbr_id),
    CONSTRAINT fk_qbr_agenda_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_agenda_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_agenda_section (
    id         BIGINT       NOT NULL,
    vendor_id  VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL,
    agenda_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    title      VARCHAR(120) NOT NULL,
    minutes    INT          NOT NULL,
    purpose    VARCHAR(300),
    looks_back BOOLEAN      NOT NULL,
    started_at DATETIME(3),
    ended_at   DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_agenda_section_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_agenda_section_agenda FOREIGN KEY (agenda_id) REFERENCES qbr_agenda (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_topic (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    qbr_id      BIGINT       NOT NULL,
    side        VARCHAR(8)   NOT NULL,
    title       VARCHAR(200) NOT NULL,
    proposed_by VARCHAR(255) NOT NULL,
    proposed_at DATETIME(3)  NOT NULL,
    section_id  BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_topic_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_topic_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id),
    CONSTRAINT fk_qbr_topic_section FOREIGN KEY (section_id) REFERENCES qbr_agenda_section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_pre_read (
    id                  BIGINT        NOT NULL,
    vendor_id           VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL,
    qbr_id              BIGINT        NOT NULL,
    decisions_needed    VARCHAR(2000),
    proposed_priorities VARCHAR(2000),
    published_at        DATETIME(3),
    published_by        VARCHAR(255),
    published_flags     VARCHAR(4000),
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_pre_read UNIQUE (qbr_id),
    CONSTRAINT fk_qbr_pre_read_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_pre_read_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_pre_read_open (
    id        BIGINT       NOT NULL,
    vendor_id VARCHAR(64)  NOT NULL,
    version   BIGINT       NOT NULL,
    qbr_id    BIGINT       NOT NULL,
    username  VARCHAR(255) NOT NULL,
    opened_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_pre_read_open UNIQUE (qbr_id, username),
    CONSTRAINT fk_qbr_pre_read_open_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_pre_read_open_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_note (
    id         BIGINT        NOT NULL,
    vendor_id  VARCHAR(64)   NOT NULL,
    version    BIGINT        NOT NULL,
    qbr_id     BIGINT        NOT NULL,
    section_id BIGINT,
    side       VARCHAR(8)    NOT NULL,
    author     VARCHAR(255)  NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    written_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_note_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_note_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id),
    CONSTRAINT fk_qbr_note_section FOREIGN KEY (section_id) REFERENCES qbr_agenda_section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_decision (
    id          BIGINT        NOT NULL,
    vendor_id   VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL,
    qbr_id      BIGINT        NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    decided_by  VARCHAR(200)  NOT NULL,
    side        VARCHAR(8)    NOT NULL,
    note_id     BIGINT,
    recorded_by VARCHAR(255)  NOT NULL,
    recorded_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_decision_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_decision_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id),
    CONSTRAINT fk_qbr_decision_note FOREIGN KEY (note_id) REFERENCES qbr_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_amendment (
    id        BIGINT        NOT NULL,
    vendor_id VARCHAR(64)   NOT NULL,
    version   BIGINT        NOT NULL,
    qbr_id    BIGINT        NOT NULL,
    made_by   VARCHAR(255)  NOT NULL,
    made_at   DATETIME(3)   NOT NULL,
    what      VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_amendment_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_amendment_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_win_loss (
    id              BIGINT        NOT NULL,
    vendor_id       VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    qbr_id          BIGINT        NOT NULL,
    deal_id         BIGINT,
    win             BOOLEAN       NOT NULL,
    customer        VARCHAR(200)  NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    what_worked     VARCHAR(1000),
    repeatable      BOOLEAN,
    loss_reason     VARCHAR(16),
    what_went_wrong VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_qbr_win_loss_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_win_loss_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_pipeline_line (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    qbr_id      BIGINT       NOT NULL,
    deal_id     BIGINT       NOT NULL,
    blocker     VARCHAR(500),
    help_needed VARCHAR(24)  NOT NULL,
    next_step   VARCHAR(500),
    owner       VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_pipeline_line UNIQUE (qbr_id, deal_id),
    CONSTRAINT fk_qbr_pipeline_line_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_pipeline_line_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id),
    CONSTRAINT fk_qbr_pipeline_line_deal FOREIGN KEY (deal_id) REFERENCES deal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_feedback (
    id              BIGINT        NOT NULL,
    vendor_id       VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    qbr_id          BIGINT        NOT NULL,
    answer          VARCHAR(2000),
    theme           VARCHAR(120),
    vendor_response VARCHAR(2000),
    addressed       BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_feedback UNIQUE (qbr_id),
    CONSTRAINT fk_qbr_feedback_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_feedback_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qbr_health_check (
    id                   BIGINT       NOT NULL,
    vendor_id            VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    qbr_id               BIGINT       NOT NULL,
    side                 VARCHAR(8)   NOT NULL,
    communication        INT          NOT NULL,
    incentives           INT          NOT NULL,
    executive_engagement INT          NOT NULL,
    field_understanding  INT          NOT NULL,
    answered_by          VARCHAR(255) NOT NULL,
    answered_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_qbr_health_check UNIQUE (qbr_id, side),
    CONSTRAINT fk_qbr_health_check_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_qbr_health_check_qbr FOREIGN KEY (qbr_id) REFERENCES qbr (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

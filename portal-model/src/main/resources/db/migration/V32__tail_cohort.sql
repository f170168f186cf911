-- The tail cohort (issue 17): a quarter's anonymous figures of the tail, published once per
-- vendor, quarter and measure so that no two views of a quarter differ by one partner; and the
-- vendor's minimum cohort size below which no figure is shown.

ALTER TABLE program_settings
    ADD COLUMN cohort_minimum INT NOT NULL DEFAULT 5;

CREATE TABLE cohort_figure (
    id             BIGINT         NOT NULL,
    vendor_id      VARCHAR(64)    NOT NULL,
    version        BIGINT         NOT NULL,
    quarter        VARCHAR(7)     NOT NULL,
    metric         VARCHAR(32)    NOT NULL,
    members        INT            NOT NULL,
    lower_quartile DECIMAL(19, 4),
    median         DECIMAL(19, 4),
    upper_quartile DECIMAL(19, 4),
    published_at   DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_figure UNIQUE (vendor_id, quarter, metric),
    CONSTRAINT fk_cohort_figure_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

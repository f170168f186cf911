-- Scheduled jobs run once per due time across servers (issue 18): every server's timer fires, and
-- the first to write its claim on (vendor, job, due time) runs that vendor's part; the others see
-- the claim and skip it. finished_at stays empty when the server stopped in the middle of its part.
CREATE TABLE job_claim (
    id          BIGINT       NOT NULL,
    vendor_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    job         VARCHAR(100) NOT NULL,
    due_at      DATETIME(3)  NOT NULL,
    claimed_by  VARCHAR(200) NOT NULL,
    claimed_at  DATETIME(3)  NOT NULL,
    finished_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_job_claim UNIQUE (vendor_id, job, due_at),
    CONSTRAINT fk_job_claim_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner admin's proposed change to one of the vendor's commitments, until the vendor accepts
-- or rejects it (ChangeProposal); the proposed content is JSON, the commitment's own columns stay
-- the one place its fields are kept.
CREATE TABLE plan_proposal (
    id            BIGINT        NOT NULL,
    vendor_id     VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL,
    commitment_id BIGINT        NOT NULL,
    seen_version  BIGINT        NOT NULL,
    proposed      VARCHAR(4000) NOT NULL,
    proposed_by   VARCHAR(255)  NOT NULL,
    proposed_at   DATETIME(3)   NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    decided_by    VARCHAR(255),
    decided_at    DATETIME(3),
    reason        VARCHAR(500),
    PRIMARY KEY (id),
    KEY ix_plan_proposal_commitment (vendor_id, commitment_id),
    CONSTRAINT fk_plan_proposal_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code),
    CONSTRAINT fk_plan_proposal_commitment FOREIGN KEY (commitment_id) REFERENCES plan_commitment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 15: people invited through the portal. A person is now invited, active or deactivated; the
-- identity provider's id of their account (known once invited, or looked up on the first change), and
-- who invited them when.

ALTER TABLE person
    ADD COLUMN identity_id VARCHAR(64),
    ADD COLUMN invited_at  DATETIME(3),
    ADD COLUMN invited_by  VARCHAR(255);

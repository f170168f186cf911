-- The version of the plan a change was made to (the version a page showed before it), so a
-- confirmation from a page opened before the other side's changes lists exactly those changes.
-- Older rows keep NULL: they are before any page that can be open now.
ALTER TABLE plan_change ADD COLUMN plan_version BIGINT NULL;

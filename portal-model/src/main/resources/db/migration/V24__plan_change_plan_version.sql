-- The plan's row version with a change (item changes move it), so a
-- confirmation from a page opened before the other side's changes lists exactly those changes.
-- Older rows keep NULL: they are before any page that can be open now.
ALTER TABLE plan_change ADD COLUMN plan_version BIGINT NULL;

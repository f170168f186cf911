-- A talking point becomes a row of its own (entity ScorecardTalkingPoint, tenant-owned like
-- every other row): an id from the table generator, the vendor, a version. EclipseLink then
-- writes a refresh's talking points in batches of their own instead of one statement each
-- right after its scorecard's.
ALTER TABLE scorecard_talking_point
    ADD COLUMN id BIGINT NULL FIRST,
    ADD COLUMN vendor_id VARCHAR(64) NULL AFTER id,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 1 AFTER vendor_id;

UPDATE scorecard_talking_point tp JOIN scorecard s ON s.id = tp.scorecard_id SET tp.vendor_id = s.vendor_id;

-- Ids for the rows there are, taken from the generator the way EclipseLink takes a block:
-- the row's value moves up to the last id handed out.
SET @last_id := (SELECT next_value FROM id_generator WHERE name = 'portal_ids');
UPDATE scorecard_talking_point SET id = (@last_id := @last_id + 1) ORDER BY scorecard_id, position;
UPDATE id_generator SET next_value = @last_id WHERE name = 'portal_ids';

ALTER TABLE scorecard_talking_point
    MODIFY id BIGINT NOT NULL,
    MODIFY vendor_id VARCHAR(64) NOT NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (id),
    ADD CONSTRAINT uk_talking_point UNIQUE (scorecard_id, position),
    ADD CONSTRAINT fk_talking_point_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (code);

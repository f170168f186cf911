-- The deals a scorecard page lists as stuck (Deal.stuckOfPartner): one partner's open deals that
-- entered their stage on or before a day. On (vendor_id, partner_id) alone MariaDB intersected two
-- indexes and read every deal of the partner (130 for a demo partner, 390 us of its CPU a page);
-- on this one it reads a range per open stage (5 rows, 240 us). It starts with (vendor_id,
-- partner_id), so it also serves what ix_deal_partner served.
CREATE INDEX ix_deal_stage_since ON deal (vendor_id, partner_id, stage, stage_entered_on);
DROP INDEX ix_deal_partner ON deal;

-- A scorecard keeps the number of deals won in its quarter, so that the tier criterion "won
-- deals (4 quarters)" adds up scorecards like "trailing revenue" does instead of counting a
-- year of deals at every recompute, and a frozen scorecard's count stays with its figures.
-- (V5 is left to the QBR records being built on another branch.)
ALTER TABLE scorecard ADD COLUMN won_deals INT NOT NULL DEFAULT 0 AFTER health_score;

-- Scorecards already stored take the count of today's deals won in their quarter: the best
-- value there is for them; every later refresh of a draft writes its own.
UPDATE scorecard s SET s.won_deals = (
    SELECT COUNT(*) FROM deal d
    WHERE d.vendor_id = s.vendor_id AND d.partner_id = s.partner_id AND d.stage = 'WON'
      AND d.closed_on >= STR_TO_DATE(CONCAT(LEFT(s.quarter, 4), '-', (RIGHT(s.quarter, 1) - 1) * 3 + 1, '-1'), '%Y-%c-%e')
      AND d.closed_on < DATE_ADD(STR_TO_DATE(CONCAT(LEFT(s.quarter, 4), '-', (RIGHT(s.quarter, 1) - 1) * 3 + 1, '-1'),
                                             '%Y-%c-%e'), INTERVAL 3 MONTH));

ALTER TABLE scorecard ALTER COLUMN won_deals DROP DEFAULT;

-- The vendor's booking page (issue 17): the "book time" link of the long-tail scorecard mail; without
-- one, the link leads to the 1:1 request on the partner's home.

ALTER TABLE program_settings
    ADD COLUMN booking_url VARCHAR(500);

-- A refresh cuts a vendor's deals into ranges of ids and reads them in parallel passes; it
-- needs the vendor's first and last deal id. InnoDB keeps a secondary index's rows in key
-- order and then by primary key, so on (vendor_id) both ends are one index lookup each,
-- however many deals other vendors hold.
CREATE INDEX ix_deal_vendor ON deal (vendor_id);

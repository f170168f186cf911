-- Each person's choice of the reminders they receive (issue 16): the kinds they declined, by name
-- (ReminderKind), kept with their one-click unsubscribe token per vendor and address. Empty: all.
ALTER TABLE mail_subscription
    ADD COLUMN declined_kinds VARCHAR(500) NULL;

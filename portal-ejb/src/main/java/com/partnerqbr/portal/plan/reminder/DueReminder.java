package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.mail.MailMessage;
import java.util.List;
import java.util.function.Supplier;

/**
 * A reminder due now: its key ("agenda:4711", "check-in:812:2026-11-20"), written once per vendor,
 * and its messages (none when nobody it is for has an address or wants it), written only when the
 * key was not sent before, so that a run does not compose what went out already.
 */
public record DueReminder(String key, Supplier<List<MailMessage>> messages) {
}

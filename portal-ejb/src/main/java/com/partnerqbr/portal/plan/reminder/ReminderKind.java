package com.partnerqbr.portal.plan.reminder;

/**
 * The kinds of reminder a person may decline one by one (their choice is kept by the address,
 * {@code Subscriptions}, under the kind's name). Invitations and recaps are not reminders: they
 * always arrive.
 */
public enum ReminderKind {
    AGENDA("Agenda and topics due, from 72 hours before a QBR"),
    PRE_READ("The pre-read: to publish (vendor's side) or to read (partner's side), from 48 hours before a QBR"),
    PRE_READ_UNOPENED("The partner has not opened the pre-read, from 24 hours before a QBR (vendor's side)"),
    RECAP("The recap due after a QBR (vendor's side)"),
    CHECK_IN("A check-in due on a commitment you own, at its cadence"),
    COMMITMENT_FLAG("A commitment past its due date, or without a check-in within its cadence (both sides)"),
    DIGEST("Each week, your commitments past their due date"),
    DEFINITION("A metric definition waiting for your partner's answer for a week (partner admins)"),
    DISPUTE("A questioned figure open for more than 14 days");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

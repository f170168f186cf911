package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A source of the caller's vendor's reminders ({@link Reminders}: the QBRs', {@link CommitmentReminders},
 * {@link ProgramReminders}) and what each composes them with: the program's zone, in which its days
 * and deadlines count, people's addresses, the vendor's name and admins' address, the reminders' mail.
 */
public abstract class ReminderSource {

    @PersistenceContext(unitName = "portal")
    protected EntityManager em;

    @EJB
    protected ReminderMail mail;

    @EJB
    protected AttendeeAddresses addresses;

    @EJB
    protected Outbox outbox;

    @EJB
    private ProgramClock programClock;

    /** The reminders of this source that are due now, sent before or not. */
    public abstract List<DueReminder> due(Instant now);

    /** The program's time zone. */
    protected ZoneId zone() {
        return programClock.clock().zone();
    }
}

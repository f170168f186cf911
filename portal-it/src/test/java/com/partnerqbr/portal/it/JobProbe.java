package com.partnerqbr.portal.it;

import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.plan.reminder.Reminders;
import com.partnerqbr.portal.plan.reminder.SentReminder;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A scheduled job's step for the test of {@code VendorJobs}: the reminders of the caller's vendor,
 * except for the vendor named to fail, whose step breaks half-way: it writes a reminder's key and a
 * message to its outbox, then fails with a message quoting a person's address and a password (which
 * no log line of the round may repeat). In a transaction of its own, as a real step's service call.
 */
@Stateless
public class JobProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private Reminders reminders;

    @EJB
    private Outbox outbox;

    /** @return the reminders written for the caller's vendor; fails (after writing) for the vendor {@code failing} */
    public int remindOrFail(String failing) {
        String vendor = callerContext.current().vendorCode();
        if (!vendor.equals(failing)) {
            return reminders.run();
        }
        em.persist(new SentReminder("probe-half-way:" + vendor, Instant.now(), 1));
        outbox.send(new MailMessage("vic@" + vendor + ".example", null, "Written half-way", "Never sent.",
                "<p>Never sent.</p>"));
        em.flush();
        throw new IllegalStateException("failed half-way for Vic Vendor <vic@" + vendor + ".example>, password hunter2");
    }
}

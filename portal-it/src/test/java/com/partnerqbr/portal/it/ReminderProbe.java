package com.partnerqbr.portal.it;

import com.partnerqbr.portal.plan.commitment.CheckIn;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes, in the caller's tenant, what the reminder tests need from the past (the services stamp
 * everything "now"): a check-in days ago, a definition version published days ago, a dispute raised
 * days ago; a QBR whose recap reminder is due; counts the reminder keys and outbox rows; and empties the persistence caches, as a
 * restarted server starts with them empty.
 */
@Stateless
public class ReminderProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private ProgramDataProbe data;

    @EJB
    private QbrProbe qbrs;

    @EJB
    private AttendeeService attendees;

    /** A check-in on the commitment of this plan row, {@code daysAgo} days ago. */
    public void checkedIn(long commitmentId, int daysAgo) {
        Commitment c = em.find(Commitment.class, commitmentId);
        em.persist(new CheckIn(c, "probe progress", CommitmentStatus.ON_TRACK, null, null, "probe",
                Instant.now().minus(Duration.ofDays(daysAgo))));
    }

    /** A new version of the metric's definition, published {@code daysAgo} days ago. */
    public long definitionPublished(Metric metric, int version, int daysAgo, String note) {
        MetricDefinition d = new MetricDefinition(metric, version, metric.getLabel() + " v" + version, "probe formula",
                "probe source", metric.hasParameter() ? java.math.BigDecimal.TEN : null, note, "ada",
                Instant.now().minus(Duration.ofDays(daysAgo)));
        em.persist(d);
        em.flush();
        return d.getId();
    }

    /** The dispute as if raised {@code daysAgo} days ago. */
    public void disputeRaisedAgo(long disputeId, int daysAgo) {
        em.createQuery("UPDATE Dispute d SET d.raisedAt = :at WHERE d.id = :id")
                .setParameter("at", Instant.now().minus(Duration.ofDays(daysAgo))).setParameter("id", disputeId)
                .executeUpdate();
    }

    public long reminderKeys(String prefix) {
        return em.createQuery("SELECT COUNT(r) FROM SentReminder r WHERE r.reminderKey LIKE :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
    }

    public long outboxRows(String recipient, String subjectStart) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :to AND m.subject LIKE :s",
                Long.class).setParameter("to", recipient).setParameter("s", subjectStart + "%").getSingleResult();
    }

    /**
     * Partner alpha (a reseller) whose QBR of last quarter was held two hours ago with one person of the
     * vendor's side at this address: its recap reminder is due. @return the QBR's id
     */
    public long recapDueTo(String vendorSideAddress) {
        data.partner("alpha", PartnerType.RESELLER);
        long held = qbrs.pastQbr("alpha", ProgramCalendar.currentQuarter().previous(), LocalDateTime.now(ZoneOffset.UTC)
                .minusHours(2).truncatedTo(ChronoUnit.MINUTES), true);
        attendees.add(held, Side.VENDOR, "Vic Vendor", vendorSideAddress, "vic", null, true, false);
        return held;
    }

    /** Empties the shared caches of the persistence unit: what a restarted server starts with. */
    public void forgetEverythingInMemory() {
        em.getEntityManagerFactory().getCache().evictAll();
    }
}

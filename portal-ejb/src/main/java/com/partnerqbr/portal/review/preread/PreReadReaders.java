package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who of the partner read the pre-read: the first time each partner user opens the published
 * pre-read is recorded; the vendor sees, per partner attendee, when they opened it, and from 24
 * hours before the meeting (in the program's time zone) who has not and which flags they have not
 * seen ("bad news is never a surprise").
 */
@Stateless
public class PreReadReaders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private PreReadService preReads;

    @EJB
    private ProgramClock programClock;

    /** A partner attendee and when they first opened the pre-read (null: not yet). */
    public record Reader(String name, String username, Instant openedAt) {
    }

    /**
     * The partner attendees' reading; {@code unseenFlags} lists the published flags for those who
     * have not opened it, from the 24-hour deadline on (empty before).
     */
    public record Readers(List<Reader> readers, boolean dayBefore, Instant checkFrom, List<String> notOpened,
                          List<String> unseenFlags) {
    }

    /** Records the calling partner user's first open of the published pre-read and returns it. */
    public PreReadView open(long qbrId) {
        PreReadView view = preReads.preRead(qbrId);
        if (access.callerIsPartnerUser()) {
            Qbr qbr = access.readable(qbrId);
            String me = access.callerName();
            boolean opened = !em.createQuery("SELECT o.id FROM PreReadOpen o WHERE o.qbr = :qbr AND o.username = :me",
                    Long.class).setParameter("qbr", qbr).setParameter("me", me).getResultList().isEmpty();
            if (!opened) {
                em.persist(new PreReadOpen(qbr, me, Instant.now()));
                em.flush();
            }
        }
        return view;
    }

    /** Vendor staff: the partner attendees' first opens and, from 24 hours before, what they have not seen. */
    public Readers readers(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        if (access.callerIsPartnerUser()) {
            throw new AccessDeniedException("who read the pre-read is for the vendor");
        }
        Map<String, Instant> opens = new HashMap<>();
        em.createNamedQuery("PreReadOpen.ofQbr", PreReadOpen.class).setParameter("qbr", qbr).getResultList()
                .forEach(o -> opens.put(o.getUsername(), o.getOpenedAt()));
        List<Reader> readers = em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", qbr)
                .getResultList().stream().filter(a -> a.getSide() == Side.PARTNER)
                .map(a -> new Reader(a.getName(), a.getUsername(), a.getUsername() == null ? null
                        : opens.get(a.getUsername()))).toList();
        Instant checkFrom = Deadlines.due(Deadline.PRE_READ_OPENED, qbr.getStart(), programClock.clock().zone());
        boolean dayBefore = !Instant.now().isBefore(checkFrom);
        List<String> notOpened = readers.stream().filter(r -> r.openedAt() == null).map(Reader::name).toList();
        PreRead stored = preReads.stored(qbr);
        List<String> unseen = !dayBefore || notOpened.isEmpty() || stored == null || stored.getPublishedFlags() == null
                || stored.getPublishedFlags().isBlank() ? List.of()
                : Arrays.asList(stored.getPublishedFlags().split("\n"));
        return new Readers(readers, dayBefore, checkFrom, dayBefore ? notOpened : List.of(), unseen);
    }
}

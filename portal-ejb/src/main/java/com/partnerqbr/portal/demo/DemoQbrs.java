package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.segment.ReviewCadence;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.Standing;
import com.partnerqbr.portal.review.Qbr;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo vendors' QBRs, written after their standings so that the dashboard shows every list:
 * of the partners of a QBR segment in the previous quarter, all but the last by rank held their
 * QBR (the last one is overdue); in the current quarter the two partners ranked first and
 * Brightpath have one scheduled ahead, the third had one a few days ago that nobody marked held
 * (overdue), the fourth held its QBR already, the others still need one scheduled. Written as
 * records, not through the service, since the service schedules nothing in the past.
 */
@Stateless
public class DemoQbrs {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Writes the QBRs in a transaction of its own, as scheduled by {@code scheduledBy} (a person's user name). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(LocalDateTime now, String scheduledBy) {
        Map<Segment, Format> formats = ReviewFormats.defaults().stream()
                .filter(f -> f.cadence() == ReviewCadence.QUARTERLY_QBR)
                .collect(Collectors.toMap(Format::segment, Function.identity()));
        LocalDate today = now.toLocalDate();
        Quarter current = Quarter.of(today);
        Quarter previous = current.previous();
        List<Standing> before = qbrPartners(previous, formats);
        for (int i = 0; i + 1 < before.size(); i++) {
            held(before.get(i), previous, previous.lastDay().minusDays(5L + 3L * i).atTime(15, 0), formats, scheduledBy);
        }
        List<Standing> partners = qbrPartners(current, formats);
        for (int i = 0; i < partners.size(); i++) {
            Standing s = partners.get(i);
            if (i < 2 || s.getPartner().getCode().equals("brightpath")) {
                LocalDate day = today.plusDays(7L + 2L * i);
                LocalDateTime at = (day.isAfter(current.lastDay()) ? current.lastDay() : day).atTime(15, 0);
                em.persist(qbr(s, current, at.isBefore(now) ? now.plusHours(1) : at, formats, scheduledBy));
            } else if (i == 2 && current.contains(today.minusDays(2))) {
                em.persist(qbr(s, current, today.minusDays(2).atTime(10, 0), formats, scheduledBy));
            } else if (i == 3 && current.contains(today.minusDays(10))) {
                held(s, current, today.minusDays(10).atTime(16, 0), formats, scheduledBy);
            }
        }
    }

    /**
     * A held growth-format QBR of the quarter for a partner that has none, so that the demo's joint
     * plans (see {@link DemoPlans}) are agreed at a QBR whatever segment the partner's data gave it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void heldUnlessAny(String partnerCode, Quarter quarter, LocalDateTime at, String scheduledBy) {
        Partner partner = em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", partnerCode)
                .getSingleResult();
        if (!em.createNamedQuery("Qbr.notCancelledOfPartnerAndQuarter", Qbr.class).setParameter("partner", partner)
                .setParameter("quarter", quarter).getResultList().isEmpty()) {
            return;
        }
        Format format = ReviewFormats.defaults().stream().filter(f -> f.segment() == Segment.GROWTH).findFirst()
                .orElseThrow();
        Qbr qbr = new Qbr(partner, quarter, at, format.meetingMinutes(), format.meeting(), scheduledBy,
                at.minusDays(21).toInstant(ZoneOffset.UTC));
        qbr.held(at.plusHours(1).toInstant(ZoneOffset.UTC));
        em.persist(qbr);
    }

    private List<Standing> qbrPartners(Quarter quarter, Map<Segment, Format> formats) {
        return em.createQuery("SELECT s FROM Standing s JOIN FETCH s.partner p WHERE s.quarter = :quarter"
                        + " AND s.effectiveSegment IN :segments ORDER BY s.revenueRank, p.name", Standing.class)
                .setParameter("quarter", quarter).setParameter("segments", List.copyOf(formats.keySet()))
                .getResultList();
    }

    private void held(Standing s, Quarter quarter, LocalDateTime at, Map<Segment, Format> formats, String scheduledBy) {
        Qbr qbr = qbr(s, quarter, at, formats, scheduledBy);
        qbr.held(at.plusHours(1).toInstant(ZoneOffset.UTC));
        em.persist(qbr);
    }

    private static Qbr qbr(Standing s, Quarter quarter, LocalDateTime at, Map<Segment, Format> formats,
                           String scheduledBy) {
        Format format = formats.get(s.getEffectiveSegment());
        return new Qbr(s.getPartner(), quarter, at, format.meetingMinutes(), format.meeting(), scheduledBy,
                at.minusDays(21).toInstant(ZoneOffset.UTC));
    }
}

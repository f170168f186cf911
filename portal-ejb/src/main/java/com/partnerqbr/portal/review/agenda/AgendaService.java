package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramClock.ReviewClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.agenda.AgendaRules.Frame;
import com.partnerqbr.portal.review.agenda.AgendaView.Section;
import com.partnerqbr.portal.review.agenda.AgendaView.TopicView;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A QBR's timed agenda: it starts from the vendor's template of the meeting's length
 * ({@link AgendaTemplateService}); the vendor's admins
 * and partner managers save it (only when it keeps every rule of {@link AgendaRules}; a save
 * based on an agenda someone saved since is refused showing both) and send it with the request
 * for topics (due 72 hours before the meeting, in the program's time zone). Everyone who may read
 * the QBR reads it.
 */
@Stateless
public class AgendaService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private ProgramClock programClock;

    @EJB
    private AgendaTemplateService templates;

    /** The agenda, the template's while none was saved. */
    public AgendaView agenda(long qbrId) {
        return view(access.readable(qbrId));
    }

    /**
     * Saves the agenda: the sections in their order; a section keeps its id (and the topics placed
     * in it) when {@code sectionId} names one of the agenda's sections. Refused, with every reason,
     * when it breaks a rule, and when someone saved the agenda since {@code expectedVersion} (-1:
     * the template, never saved).
     */
    public AgendaView save(long qbrId, List<Section> sections, long expectedVersion) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        requireNotHeld(qbr);
        Agenda agenda = stored(qbr);
        long version = agenda == null ? -1 : agenda.getVersion();
        if (version != expectedVersion) {
            AgendaView theirs = view(qbr);
            throw new RefusedException(theirs.editedBy() + " saved this agenda since you opened it; nothing of yours was"
                    + " saved. Theirs: " + theirs.summary() + ". Yours: " + String.join(", ", sections.stream()
                    .map(s -> s.title() + " " + s.minutes()).toList()) + ". Reload to edit theirs.");
        }
        List<AgendaSectionPlan> plans = sections.stream().map(s -> new AgendaSectionPlan(
                Objects.requireNonNullElse(s.kind(), SectionKind.OTHER),
                Inputs.optional(s.title(), "the title of a section", 120), s.minutes(),
                Inputs.optional(s.purpose(), "the purpose of a section", 300), s.looksBack())).toList();
        List<String> problems = AgendaRules.problems(plans, frame(qbr));
        if (!problems.isEmpty()) {
            throw new RefusedException("The agenda was not saved: " + String.join(" ", problems));
        }
        String by = access.callerName();
        if (agenda == null) {
            agenda = new Agenda(qbr, by, Instant.now());
            em.persist(agenda);
        } else {
            agenda.edited(by, Instant.now());
        }
        Map<Long, AgendaSection> existing = new HashMap<>();
        agenda.getSections().forEach(s -> existing.put(s.getId(), s));
        List<AgendaSection> kept = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            SectionContent content = plans.get(i).at(i + 1);
            AgendaSection section = sections.get(i).sectionId() == null ? null
                    : existing.remove(sections.get(i).sectionId());
            if (section == null) {
                section = new AgendaSection(agenda, content);
            } else {
                section.change(content);
            }
            kept.add(section);
        }
        for (AgendaSection dropped : existing.values()) {
            em.createQuery("UPDATE Topic t SET t.section = NULL WHERE t.section = :section")
                    .setParameter("section", dropped).executeUpdate();
        }
        List<AgendaSection> current = agenda.getSections();
        current.removeIf(s -> !kept.contains(s));
        kept.stream().filter(s -> !current.contains(s)).forEach(current::add);
        current.sort(Comparator.comparingInt(s -> s.getContent().getPosition()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RefusedException("Someone saved this agenda at the same moment; nothing of yours was saved."
                    + " Reload to see theirs.");
        }
        return view(qbr);
    }

    /** Sends the saved agenda to the partner with the request for topics; the 72-hour deadline records when. */
    public AgendaView send(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        Agenda agenda = stored(qbr);
        if (agenda == null) {
            throw new RefusedException("Save the agenda before you send it.");
        }
        if (agenda.getSentAt() == null) {
            agenda.sent(Instant.now());
        }
        return view(qbr);
    }

    /** Refused once the QBR was held or cancelled: its agenda is then part of its record. */
    static void requireNotHeld(Qbr qbr) {
        if (qbr.getStatus() != QbrStatus.SCHEDULED) {
            throw new RefusedException("The QBR is " + qbr.getStatus().getLabel().toLowerCase(java.util.Locale.ROOT)
                    + "; its agenda no longer changes.");
        }
    }

    /** The moment the agenda and topics are due for this QBR, in the program's zone. */
    public Instant agendaDeadline(Qbr qbr) {
        return Deadlines.due(Deadline.AGENDA, qbr.getStart(), programClock.clock().zone());
    }

    public Agenda stored(Qbr qbr) {
        return em.createNamedQuery("Agenda.ofQbr", Agenda.class).setParameter("qbr", qbr).getResultStream().findFirst()
                .orElse(null);
    }

    private Frame frame(Qbr qbr) {
        ReviewClock clock = programClock.clock();
        boolean previous = !em.createQuery("SELECT q.id FROM Qbr q WHERE q.partner = :partner AND q.quarter < :quarter"
                        + " AND q.status = com.partnerqbr.portal.review.QbrStatus.HELD", Long.class)
                .setParameter("partner", qbr.getPartner()).setParameter("quarter", qbr.getQuarter()).setMaxResults(1)
                .getResultList().isEmpty();
        return new Frame(qbr.getMeetingMinutes(), clock.lookBackPercent(), previous,
                templates.jointPlanMinimum(qbr.getMeetingMinutes()));
    }

    private AgendaView view(Qbr qbr) {
        Agenda agenda = stored(qbr);
        List<Section> sections = agenda == null
                ? templates.sectionsFor(qbr.getMeetingMinutes()).stream().map(p -> new Section(null, 0, p.kind(),
                        p.title(), p.minutes(), p.purpose(), p.looksBack(), null, null)).toList()
                : agenda.getSections().stream().map(s -> {
                    SectionContent c = s.getContent();
                    return new Section(s.getId(), c.getPosition(), c.getKind(), c.getTitle(), c.getMinutes(),
                            c.getPurpose(), c.isLooksBack(), s.getStartedAt(), s.getEndedAt());
                }).toList();
        List<AgendaSectionPlan> plans = sections.stream().map(s -> new AgendaSectionPlan(s.kind(), s.title(),
                s.minutes(), s.purpose(), s.looksBack())).toList();
        List<TopicView> topics = em.createNamedQuery("Topic.ofQbr", Topic.class).setParameter("qbr", qbr)
                .getResultList().stream().map(t -> new TopicView(t.getId(), t.getSide(), t.getTitle(),
                        t.getProposedBy(), t.getSection() == null ? null : t.getSection().getId(),
                        t.getSection() == null ? null : t.getSection().getContent().getTitle())).toList();
        List<String> flags = topics.stream().filter(t -> t.side() == Side.PARTNER && t.sectionId() == null)
                .map(t -> "The partner's topic \"" + t.title() + "\" is not on the agenda.").toList();
        ZoneId zone = programClock.clock().zone();
        Instant deadline = Deadlines.due(Deadline.AGENDA, qbr.getStart(), zone);
        Instant sentAt = agenda == null ? null : agenda.getSentAt();
        return new AgendaView(qbr.getId(), agenda == null ? -1 : agenda.getVersion(), qbr.getMeetingMinutes(),
                sections, AgendaRules.problems(plans, frame(qbr)), agenda == null ? null : agenda.getEditedBy(),
                agenda == null ? null : agenda.getEditedAt(), sentAt, deadline,
                Deadlines.status(deadline, sentAt, Instant.now()), topics, flags);
    }
}

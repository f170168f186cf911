package com.partnerqbr.portal.review.meeting;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.agenda.AgendaSection;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * In the meeting and after: the vendor runs the clock section by section; either side takes notes
 * per section and turns a note into a decision in one click, or records a decision (text, who
 * decided, which side); the vendor marks the QBR held with who attended. Everything written after
 * that is kept as an amendment.
 */
@Stateless
public class MeetingService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private QbrService qbrs;

    @EJB
    private Amendments amendments;

    /** One agenda section in the meeting: planned and elapsed minutes (null before it started), its notes. */
    public record SectionClock(long sectionId, String title, int plannedMinutes, Long elapsedMinutes, boolean running,
                               List<NoteView> notes) {
    }

    /** A note. */
    public record NoteView(long noteId, Long sectionId, Side side, String author, String text, Instant writtenAt) {
    }

    /** A decision. */
    public record DecisionView(String text, String decidedBy, Side side, boolean fromNote) {
    }

    /** The meeting's record: sections with their clocks and notes, minutes left, decisions, amendments. */
    public record MeetingRecord(List<SectionClock> sections, long minutesLeft, List<NoteView> otherNotes,
                                List<DecisionView> decisions, List<Amendments.AmendmentView> amendments) {
    }

    public MeetingRecord record(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        Instant now = Instant.now();
        List<NoteView> notes = em.createNamedQuery("Note.ofQbr", Note.class).setParameter("qbr", qbr).getResultList()
                .stream().map(n -> new NoteView(n.getId(), n.getSection() == null ? null : n.getSection().getId(),
                        n.getSide(), n.getAuthor(), n.getText(), n.getWrittenAt())).toList();
        List<AgendaSection> sections = em.createQuery("SELECT s FROM AgendaSection s WHERE s.agenda.qbr = :qbr"
                + " ORDER BY s.content.position", AgendaSection.class).setParameter("qbr", qbr).getResultList();
        List<SectionClock> clocks = sections.stream().map(s -> new SectionClock(s.getId(), s.getContent().getTitle(),
                s.getContent().getMinutes(), s.getStartedAt() == null ? null : Duration.between(s.getStartedAt(),
                s.getEndedAt() == null ? now : s.getEndedAt()).toMinutes(),
                s.getStartedAt() != null && s.getEndedAt() == null,
                notes.stream().filter(n -> s.getId().equals(n.sectionId())).toList())).toList();
        Instant end = qbr.getStart().plus(Duration.ofMinutes(qbr.getMeetingMinutes()));
        long left = now.isBefore(qbr.getStart()) ? qbr.getMeetingMinutes()
                : Math.max(0, Duration.between(now, end).toMinutes());
        List<DecisionView> decisions = em.createNamedQuery("Decision.ofQbr", Decision.class).setParameter("qbr", qbr)
                .getResultList().stream().map(d -> new DecisionView(d.getText(), d.getDecidedBy(), d.getSide(),
                        d.getNote() != null)).toList();
        return new MeetingRecord(clocks, left, notes.stream().filter(n -> n.sectionId() == null).toList(), decisions,
                amendments.of(qbr));
    }

    /** Starts a section's clock (ending the one that ran). */
    public MeetingRecord startSection(long qbrId, long sectionId) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        AgendaSection section = section(qbr, sectionId);
        Instant now = Instant.now();
        em.createQuery("SELECT s FROM AgendaSection s WHERE s.agenda.qbr = :qbr AND s.startedAt IS NOT NULL"
                        + " AND s.endedAt IS NULL", AgendaSection.class).setParameter("qbr", qbr).getResultList()
                .forEach(s -> s.end(now));
        section.start(now);
        em.flush();
        return record(qbrId);
    }

    /** A note under a section (null: the meeting in general), by the caller's side. */
    public NoteView note(long qbrId, Long sectionId, String text) {
        Qbr qbr = access.readable(qbrId);
        Side side = access.editingSide(qbr);
        String clean = Inputs.required(text, "the note", 2000);
        Note note = new Note(qbr, sectionId == null ? null : section(qbr, sectionId), side, access.callerName(), clean,
                Instant.now());
        em.persist(note);
        amendments.changed(qbr, access.callerName(), "Note added", null, clean);
        em.flush();
        return new NoteView(note.getId(), sectionId, side, note.getAuthor(), clean, note.getWrittenAt());
    }

    /** Turns a note into a decision of its author's side, in one click. */
    public DecisionView decideFromNote(long noteId) {
        Note note = em.find(Note.class, noteId);
        if (note == null) {
            throw new NotFoundException("note", noteId);
        }
        Qbr qbr = access.readable(note.getQbr().getId());
        access.editingSide(qbr);
        return persist(qbr, new Decision(qbr, note.getText(), note.getAuthor(), note.getSide(), note, access.callerName(),
                Instant.now()));
    }

    /** Records a decision: what, who decided, which side. */
    public DecisionView decide(long qbrId, String text, String decidedBy, Side side) {
        Qbr qbr = access.readable(qbrId);
        access.editingSide(qbr);
        if (side == null) {
            throw new RefusedException("Say which side decided.");
        }
        return persist(qbr, new Decision(qbr, Inputs.required(text, "the decision", 2000),
                Inputs.required(decidedBy, "who decided", 200), side, null, access.callerName(), Instant.now()));
    }

    /** Marks the QBR held (from its start on) and records which of its attendees were there. */
    public MeetingRecord markHeld(long qbrId, Set<Long> attendeeIds, long expectedVersion) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        qbrs.markHeld(qbrId, expectedVersion);
        em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", qbr).getResultList()
                .forEach(a -> a.attended(attendeeIds.contains(a.getId())));
        em.flush();
        return record(qbrId);
    }

    private DecisionView persist(Qbr qbr, Decision decision) {
        em.persist(decision);
        amendments.changed(qbr, access.callerName(), "Decision added", null,
                decision.getText() + " (" + decision.getDecidedBy() + ")");
        em.flush();
        return new DecisionView(decision.getText(), decision.getDecidedBy(), decision.getSide(),
                decision.getNote() != null);
    }

    private AgendaSection section(Qbr qbr, long sectionId) {
        AgendaSection section = em.find(AgendaSection.class, sectionId);
        if (section == null || !section.getAgenda().getQbr().getId().equals(qbr.getId())) {
            throw new NotFoundException("agenda section", sectionId);
        }
        return section;
    }
}

package com.partnerqbr.portal.review.feedback;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.feedback.FeedbackEscalation.Entry;
import com.partnerqbr.portal.review.meeting.Amendments;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The partner's feedback at each QBR: the partner's admin (or the vendor, noting it in the
 * meeting) answers the question with a theme; the vendor responds and says whether it addressed
 * it. The same theme two QBRs running, unaddressed, is flagged for escalation
 * ({@link FeedbackEscalation}). A save based on feedback someone changed since is refused.
 */
@Stateless
public class FeedbackService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private Amendments amendments;

    /** A QBR's feedback, and the escalation (null when none); {@code version} -1 before anyone wrote it. */
    public record FeedbackView(String question, String answer, String theme, String vendorResponse, boolean addressed,
                               long version, String escalation) {
    }

    public FeedbackView view(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        List<Feedback> history = em.createNamedQuery("Feedback.ofPartner", Feedback.class)
                .setParameter("partner", qbr.getPartner()).getResultList().stream()
                .filter(f -> f.getQbr().getQuarter().compareTo(qbr.getQuarter()) <= 0).toList();
        Feedback own = history.stream().filter(f -> f.getQbr().getId().equals(qbr.getId())).findFirst().orElse(null);
        String escalation = own == null ? null : FeedbackEscalation.escalation(history.stream()
                .map(f -> new Entry(f.getQbr().getQuarter(), f.getTheme(), f.isAddressed())).toList()).orElse(null);
        return own == null ? new FeedbackView(FeedbackEscalation.QUESTION, null, null, null, false, -1, null)
                : new FeedbackView(FeedbackEscalation.QUESTION, own.getAnswer(), own.getTheme(), own.getVendorResponse(),
                own.isAddressed(), own.getVersion(), escalation);
    }

    /** The partner's answer and its theme. */
    public FeedbackView answer(long qbrId, String answer, String theme, long expectedVersion) {
        Qbr qbr = access.readable(qbrId);
        access.editingSide(qbr);
        String cleanAnswer = Inputs.required(answer, "the partner's answer", 2000);
        String cleanTheme = Inputs.required(theme, "a theme of a few words (e.g. lead routing)", 120);
        Feedback feedback = current(qbr, expectedVersion);
        amendments.changed(qbr, access.callerName(), "Feedback", feedback.getAnswer() == null ? null
                : feedback.getTheme() + ": " + feedback.getAnswer(), cleanTheme + ": " + cleanAnswer);
        feedback.answer(cleanAnswer, cleanTheme);
        em.flush();
        return view(qbrId);
    }

    /** The vendor's response, and whether it addressed the feedback. */
    public FeedbackView respond(long qbrId, String response, boolean addressed, long expectedVersion) {
        Qbr qbr = access.readable(qbrId);
        if (access.editingSide(qbr) != Side.VENDOR) {
            throw new RefusedException("The vendor responds to the partner's feedback.");
        }
        Feedback feedback = current(qbr, expectedVersion);
        String clean = Inputs.optional(response, "the response", 2000);
        amendments.changed(qbr, access.callerName(), "Vendor response", feedback.getVendorResponse(), clean);
        feedback.respond(clean, addressed);
        em.flush();
        return view(qbrId);
    }

    private Feedback current(Qbr qbr, long expectedVersion) {
        Feedback feedback = em.createQuery("SELECT f FROM Feedback f WHERE f.qbr = :qbr", Feedback.class)
                .setParameter("qbr", qbr).getResultStream().findFirst().orElse(null);
        if (feedback == null && expectedVersion != -1) {
            throw new RefusedException("This feedback changed since you opened it; reload to change it.");
        }
        if (feedback != null && feedback.getVersion() != expectedVersion) {
            throw new RefusedException("Someone changed this feedback since you opened it; nothing of yours was saved."
                    + " Now: \"" + feedback.getTheme() + ": " + feedback.getAnswer() + "\", response \""
                    + (feedback.getVendorResponse() == null ? "" : feedback.getVendorResponse()) + "\". Reload to"
                    + " change it.");
        }
        if (feedback == null) {
            feedback = new Feedback(qbr);
            em.persist(feedback);
        }
        return feedback;
    }
}

package com.partnerqbr.portal.scorecard.dispute;

import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.ScorecardFigure;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Figures one side questions. Either side may raise a dispute on a figure it can see. The
 * vendor's admins and partner managers resolve it with a note, as the vendor keeps the program
 * data the figures come from; nobody resolves a question they raised themselves, so a partner's
 * admin never closes its own question. Resolving never changes the figure: a frozen scorecard
 * stays as it was frozen. A partner's question is announced to the vendor's admins by mail (the
 * {@link Outbox}, in the same transaction: no dispute, no mail).
 */
@Stateless
public class DisputeService {

    private static final int MAX_TEXT = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:28080/portal")
    private String portalUrl;

    public Dispute raise(long figureId, String comment) {
        Caller caller = callerContext.current();
        ScorecardFigure figure = partners.find(ScorecardFigure.class, figureId, "figure");
        Dispute dispute = new Dispute(figure, caller.name(), caller.isVendorStaff() ? Side.VENDOR : Side.PARTNER,
                text(comment, "say what looks wrong with the figure"), Instant.now());
        em.persist(dispute);
        if (caller.isPartnerUser()) {
            outbox.vendorAdminAddress().ifPresent(admins -> outbox.send(
                    DisputeNotice.of(outbox.vendorName(), dispute, admins, caller.email(), portalUrl)));
        }
        return dispute;
    }

    /** Vendor staff: every dispute of the program. Partner users: their partner's. Open ones first, oldest first. */
    public List<Dispute> list() {
        Caller caller = callerContext.current();
        if (caller.isVendorStaff()) {
            return em.createNamedQuery("Dispute.all", Dispute.class).getResultList();
        }
        Partner own = partners.ownPartner();
        return em.createNamedQuery("Dispute.ofPartner", Dispute.class).setParameter("partner", own).getResultList();
    }

    public Dispute resolve(long disputeId, String resolution) {
        Caller caller = callerContext.current();
        Dispute dispute = partners.find(Dispute.class, disputeId, "dispute");
        callerContext.require(Permission.RESOLVE_DISPUTE);
        if (dispute.getRaisedBy().equals(caller.name())) {
            throw new RefusedException("you raised this question; someone else on the vendor's side answers it");
        }
        if (dispute.isResolved()) {
            throw new RefusedException("this dispute was resolved already by " + dispute.getResolvedBy());
        }
        dispute.resolve(text(resolution, "say how the dispute was resolved"), caller.name(), Instant.now());
        return dispute;
    }

    /** May the caller resolve this dispute: an open one, raised by someone else, with {@link Permission#RESOLVE_DISPUTE}. */
    public boolean mayResolve(Dispute dispute) {
        Caller caller = callerContext.current();
        return !dispute.isResolved() && caller.may(Permission.RESOLVE_DISPUTE) && !dispute.getRaisedBy().equals(caller.name());
    }

    private static String text(String value, String whenMissing) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(whenMissing);
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new RefusedException("at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}

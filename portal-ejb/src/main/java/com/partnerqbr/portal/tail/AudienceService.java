package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The program review's audience: the tail (the partners whose latest segment is tail or long-tail)
 * plus the partners the vendor adds, minus those it removes. Another vendor's partner: "not found".
 */
@Stateless
public class AudienceService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private ProgramReviewInvitations invitations;

    /** A vendor's choice about one partner: invited although not in the tail, or not although in it. */
    public record AudienceChoice(String partnerCode, String partnerName, boolean invited, String changedBy,
                                 Instant changedAt) {
    }

    /** The vendor's choices about partners, by partner name. */
    public List<AudienceChoice> audienceChoices() {
        callerContext.requireVendorStaff("the program review's audience is for vendor staff");
        return em.createNamedQuery("ProgramReviewAudience.all", ProgramReviewAudience.class).getResultStream()
                .map(a -> new AudienceChoice(a.getPartner().getCode(), a.getPartner().getName(), a.isInvited(),
                        a.getChangedBy(), a.getChangedAt()))
                .sorted((a, b) -> a.partnerName().compareToIgnoreCase(b.partnerName())).toList();
    }

    /** How many partners are invited now: the tail, plus those added, minus those removed. */
    public int audienceSize() {
        callerContext.requireVendorStaff("the program review's audience is for vendor staff");
        return invitedCodes(em).size();
    }

    /**
     * Invites a partner (although not in the tail), whose people then receive the invitations of the
     * sessions ahead, or stops inviting it (although in it).
     */
    public AudienceChoice choose(String partnerCode, boolean invited) {
        Caller caller = callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        Partner partner = partners.findByCode(partnerCode);
        ProgramReviewAudience choice = em.createNamedQuery("ProgramReviewAudience.ofPartner", ProgramReviewAudience.class)
                .setParameter("partner", partner).getResultStream().findFirst().orElse(null);
        if (choice == null) {
            choice = new ProgramReviewAudience(partner);
            em.persist(choice);
        }
        choice.choose(invited, caller.name(), Instant.now());
        em.flush();
        if (invited) {
            em.createNamedQuery("ProgramReviewSession.next", ProgramReviewSession.class).setParameter("after", Instant.now())
                    .getResultList().forEach(s -> invitations.send(s, Set.of(partner.getCode()), "Invitation"));
        }
        return new AudienceChoice(partner.getCode(), partner.getName(), invited, caller.name(), choice.getChangedAt());
    }

    /** The codes of the partners invited now: the tail (latest segment), plus those added, minus those removed. */
    static Set<String> invitedCodes(EntityManager em) {
        Set<String> invited = new HashSet<>();
        CohortService.inTailNow(em, null).forEach((code, tail) -> {
            if (tail) {
                invited.add(code);
            }
        });
        for (ProgramReviewAudience choice : em.createNamedQuery("ProgramReviewAudience.all", ProgramReviewAudience.class)
                .getResultList()) {
            if (choice.isInvited() && choice.getPartner().getArchivedAt() == null) {
                invited.add(choice.getPartner().getCode());
            } else {
                invited.remove(choice.getPartner().getCode());
            }
        }
        return invited;
    }

    /** Whether the partner is invited now: in the program, and added by the vendor or in the tail and not removed. */
    static boolean isInvited(EntityManager em, Partner partner) {
        if (partner.getArchivedAt() != null) {
            return false;
        }
        Optional<ProgramReviewAudience> choice = em.createNamedQuery("ProgramReviewAudience.ofPartner",
                ProgramReviewAudience.class).setParameter("partner", partner).getResultStream().findFirst();
        if (choice.isPresent()) {
            return choice.get().isInvited();
        }
        return CohortService.inTailNow(em, partner).getOrDefault(partner.getCode(), false);
    }
}

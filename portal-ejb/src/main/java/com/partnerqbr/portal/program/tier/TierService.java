package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.tier.TierRules.Rung;
import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vendor's tier ladder and tier proposals. The ladder is versioned: publishing a change
 * writes a new version of every tier, and partners keep the tier (of the version) they were
 * approved under until a vendor admin approves a proposal. Everyone of the vendor reads the
 * ladder; vendor admins publish it and decide proposals; vendor staff read the proposals.
 */
@Stateless
public class TierService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private VendorDirectory vendors;

    /** A criterion as pages show it. */
    public record CriterionView(CriterionMeasure measure, BigDecimal threshold, String thresholdText) {

        public String label() {
            return measure.getLabel();
        }
    }

    /** A tier of a ladder version. */
    public record TierView(long tierId, String name, int rank, String benefits, int ladderVersion,
                           List<CriterionView> criteria) {
    }

    /** A tier as a vendor admin writes it for a new ladder version; its rank is its position. */
    public record TierDraft(String name, String benefits, Map<CriterionMeasure, BigDecimal> criteria) {
    }

    /** A tier proposal as the dashboard and the partner's page show it. */
    public record ProposalView(long proposalId, long version, long partnerId, String partnerName, Quarter quarter,
                               String fromTier, String toTier, boolean demotion, ProposalStatus status,
                               LocalDate graceUntil, boolean inGrace, String decidedBy, String reason) {

        /** "Promotion Gold → Platinum" / "Demotion Gold → Silver". */
        public String text() {
            return (demotion ? "Demotion " : "Promotion ") + (fromTier == null ? "no tier" : fromTier) + " \u2192 "
                    + toTier;
        }
    }

    /** The tiers of the ladder in force, from the entry tier up (empty when the vendor has none). */
    public List<Tier> ladder() {
        return em.createNamedQuery("Tier.ladder", Tier.class).setParameter("ladderVersion", ladderVersion())
                .getResultList();
    }

    /** The version of the ladder in force; 0 when the vendor has no tiers. */
    public int ladderVersion() {
        Integer version = em.createNamedQuery("Tier.currentLadderVersion", Integer.class).getSingleResult();
        return version == null ? 0 : version;
    }

    /** The ladder in force with its criteria, as views. */
    public List<TierView> ladderView() {
        String currency = currency();
        return ladder().stream().map(t -> view(t, currency)).toList();
    }

    /** The ladder in force as the tier rules read it. */
    public List<Rung> rungs() {
        return ladder().stream().map(TierService::rung).toList();
    }

    static Rung rung(Tier t) {
        Map<CriterionMeasure, BigDecimal> criteria = new EnumMap<>(CriterionMeasure.class);
        t.getCriteria().forEach(c -> criteria.put(c.getMeasure(), c.getThreshold()));
        return new Rung(t.getId(), t.getName(), t.getRank(), t.getBenefits(), criteria);
    }

    private static TierView view(Tier t, String currency) {
        List<CriterionView> criteria = new ArrayList<>();
        for (CriterionMeasure m : CriterionMeasure.values()) {
            t.getCriteria().stream().filter(c -> c.getMeasure() == m).findFirst().ifPresent(c -> criteria.add(
                    new CriterionView(m, c.getThreshold(), FigureFormat.format(m.getUnit(), c.getThreshold(), currency))));
        }
        return new TierView(t.getId(), t.getName(), t.getRank(), t.getBenefits(), t.getLadderVersion(),
                List.copyOf(criteria));
    }

    /**
     * Publishes a new version of the ladder: the tiers in order from the entry tier up. Refused
     * when someone published since {@code expectedVersion} was read, or when a tier is invalid
     * (every tier needs a name, names are unique, at most 10 tiers, thresholds 0 or more,
     * enablement completion at most 100%). Partners keep their approved tiers of older versions.
     */
    public int publishLadder(List<TierDraft> drafts, int expectedVersion) {
        callerContext.require(Permission.PUBLISH_LADDER);
        int current = ladderVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone published a new version of the ladder since you opened it; reload and"
                    + " try again.");
        }
        if (drafts == null || drafts.isEmpty() || drafts.size() > 10) {
            throw new RefusedException("A ladder has 1 to 10 tiers.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            TierDraft d = drafts.get(i);
            String label = "Tier " + (i + 1);
            if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 80) {
                throw new RefusedException(label + ": give it a name of 1 to 80 characters.");
            }
            if (!names.add(d.name().strip().toLowerCase(Locale.ROOT))) {
                throw new RefusedException(label + ": the name " + d.name().strip() + " is used twice.");
            }
            if (d.benefits() != null && d.benefits().strip().length() > 1000) {
                throw new RefusedException(label + " (" + d.name().strip() + "): keep the benefits to 1,000 characters.");
            }
            for (Map.Entry<CriterionMeasure, BigDecimal> c : d.criteria().entrySet()) {
                if (c.getValue() == null) {
                    continue;
                }
                if (c.getValue().signum() < 0 || c.getValue().compareTo(new BigDecimal("1000000000000")) >= 0) {
                    throw new RefusedException(label + " (" + d.name().strip() + "): " + c.getKey().getLabel()
                            + " must be 0 or more and below 10^12.");
                }
                if (c.getKey() == CriterionMeasure.ENABLEMENT_COMPLETION && c.getValue().compareTo(BigDecimal.ONE) > 0) {
                    throw new RefusedException(label + " (" + d.name().strip() + "): enablement completion is at most 100%.");
                }
            }
        }
        int next = current + 1;
        for (int i = 0; i < drafts.size(); i++) {
            TierDraft d = drafts.get(i);
            List<TierCriterion> criteria = new ArrayList<>();
            for (CriterionMeasure m : CriterionMeasure.values()) {
                BigDecimal threshold = d.criteria().get(m);
                if (threshold != null) {
                    criteria.add(new TierCriterion(m, threshold));
                }
            }
            em.persist(new Tier(d.name().strip(), i + 1, d.benefits() == null || d.benefits().isBlank() ? null
                    : d.benefits().strip(), next, criteria));
        }
        em.flush();
        return next;
    }

    /** Pending proposals, oldest first; vendor staff only. */
    public List<ProposalView> pendingProposals() {
        requireVendorStaff();
        LocalDate today = ProgramCalendar.today();
        return em.createNamedQuery("TierProposal.pending", TierProposal.class).getResultList().stream()
                .map(p -> view(p, today)).toList();
    }

    /** The pending proposal of a partner, if any; vendor staff for any partner, a partner user only its own. */
    public ProposalView pendingProposal(long partnerId) {
        Partner partner = partners.find(partnerId);
        LocalDate today = ProgramCalendar.today();
        return em.createNamedQuery("TierProposal.pendingOfPartner", TierProposal.class).setParameter("partner", partner)
                .getResultStream().findFirst().map(p -> view(p, today)).orElse(null);
    }

    /**
     * Approves a pending proposal with a reason: the partner's approved tier becomes the proposed
     * one. A demotion in its grace period is refused.
     */
    public ProposalView approve(long proposalId, long expectedVersion, String reason) {
        TierProposal proposal = decidable(proposalId, expectedVersion, reason);
        LocalDate today = ProgramCalendar.today();
        if (proposal.isDemotion() && today.isBefore(proposal.getGraceUntil())) {
            throw new RefusedException("The demotion of " + proposal.getPartner().getName() + " is in its grace period"
                    + " until " + proposal.getGraceUntil() + "; it can be approved from that day.");
        }
        proposal.getPartner().approveTier(proposal.getToTier());
        proposal.decide(ProposalStatus.APPROVED, callerContext.current().name(), reason.strip(), Instant.now());
        em.flush();
        return view(proposal, today);
    }

    /** Rejects a pending proposal with a reason; the approved tier stays. */
    public ProposalView reject(long proposalId, long expectedVersion, String reason) {
        TierProposal proposal = decidable(proposalId, expectedVersion, reason);
        proposal.decide(ProposalStatus.REJECTED, callerContext.current().name(), reason.strip(), Instant.now());
        em.flush();
        return view(proposal, ProgramCalendar.today());
    }

    private TierProposal decidable(long proposalId, long expectedVersion, String reason) {
        callerContext.require(Permission.DECIDE_TIER_PROPOSAL);
        TierProposal proposal = partners.find(TierProposal.class, proposalId, "tier proposal");
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("Give a reason for the decision.");
        }
        if (reason.strip().length() > 500) {
            throw new RefusedException("Keep the reason to 500 characters.");
        }
        if (proposal.getVersion() != expectedVersion || proposal.getStatus() != ProposalStatus.PENDING) {
            throw new RefusedException("The proposal for " + proposal.getPartner().getName()
                    + " changed since you opened it; reload and try again.");
        }
        return proposal;
    }

    private static ProposalView view(TierProposal p, LocalDate today) {
        return new ProposalView(p.getId(), p.getVersion(), p.getPartner().getId(), p.getPartner().getName(),
                p.getQuarter(), p.getFromTier() == null ? null : p.getFromTier().getName(), p.getToTier().getName(),
                p.isDemotion(), p.getStatus(), p.getGraceUntil(),
                p.isDemotion() && p.getGraceUntil() != null && today.isBefore(p.getGraceUntil()),
                p.getDecided() == null ? null : p.getDecided().getBy(),
                p.getDecided() == null ? null : p.getDecided().getReason());
    }

    /** The vendor's program currency. */
    public String currency() {
        Caller caller = callerContext.current();
        return vendors.currency(caller.vendorCode());
    }

    private void requireVendorStaff() {
        callerContext.requireVendorStaff("tier proposals are for vendor staff");
    }
}

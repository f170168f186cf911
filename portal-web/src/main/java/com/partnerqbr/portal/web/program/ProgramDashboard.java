package com.partnerqbr.portal.web.program;

import static com.partnerqbr.portal.web.faces.ChartJson.BUILDERS;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.SegmentationService.RecomputeSummary;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.program.segment.StandingService.Movement;
import com.partnerqbr.portal.program.segment.StandingService.SegmentTierCount;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.program.tier.TierService.ProposalView;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrRules.Due;
import com.partnerqbr.portal.review.QbrRules.Overdue;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.preread.QbrDeadlines;
import com.partnerqbr.portal.review.preread.QbrDeadlines.Upcoming;
import com.partnerqbr.portal.tail.CohortService;
import com.partnerqbr.portal.tail.CohortService.CohortView;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.vendor.Book;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;

/**
 * The vendor's program dashboard for the current quarter: partners per segment and tier (a
 * chart), movements, pending tier proposals (vendor admins approve or reject them with a
 * reason), the QBRs scheduled, the partners whose QBR is to be scheduled and the overdue reviews.
 */
@Named
@RequestScoped
public class ProgramDashboard {

    private static final String[] COLOURS = {"#9aa5b1", "#7b8794", "#1f6feb", "#d97706", "#047857", "#7c3aed",
        "#b91c1c", "#0e7490", "#a16207", "#be185d", "#334155"};

    @EJB
    private SegmentationService segmentation;

    @EJB
    private StandingService standings;

    @EJB
    private TierService tiers;

    @EJB
    private QbrService qbrs;

    @EJB
    private QbrDeadlines qbrDeadlines;

    @EJB
    private CohortService cohorts;

    @Inject
    private CallerContext callerContext;

    @Inject
    private Book book;

    private Quarter quarter;
    private List<SegmentTierCount> counts;
    private List<Movement> movements;
    private List<ProposalView> proposals;
    private CohortView cohort;
    private Board board;
    private Map<Long, Upcoming> deadlines;

    /** The proposal chosen in the decision form, with the version shown. */
    @Inject
    @Param(name = "proposal")
    private VersionedId proposal;
    private String reason;

    @PostConstruct
    void load() {
        quarter = ProgramCalendar.currentQuarter();
        counts = standings.segmentsAndTiers(quarter);
        movements = book.first(standings.movements(quarter), Movement::partnerId);
        proposals = book.first(tiers.pendingProposals(), ProposalView::partnerId);
        Board all = qbrs.board();
        board = new Board(book.first(all.scheduled(), QbrView::partnerId), book.first(all.toSchedule(), Due::partnerId),
                book.first(all.overdue(), Overdue::partnerId));
        deadlines = qbrDeadlines.upcoming().stream().collect(Collectors.toMap(Upcoming::qbrId, u -> u));
        cohort = cohorts.view().orElse(null);
    }

    /** The tail's figures of the latest frozen quarter, as the tail partners see them; null before any freeze. */
    public CohortView getCohort() {
        return cohort;
    }

    /** Chart.js configuration: a stacked bar per segment, one colour per approved tier. */
    public String getChart() {
        Map<Integer, String> tierNames = new TreeMap<>();
        counts.forEach(c -> tierNames.put(c.tierRank(), c.tier() == null ? "No tier" : c.tier()));
        JsonArrayBuilder labels = BUILDERS.createArrayBuilder();
        for (Segment s : Segment.values()) {
            labels.add(s.getLabel());
        }
        JsonArrayBuilder datasets = BUILDERS.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<Integer, String> tier : tierNames.entrySet()) {
            JsonArrayBuilder data = BUILDERS.createArrayBuilder();
            for (Segment s : Segment.values()) {
                data.add(counts.stream().filter(c -> c.segment() == s && c.tierRank() == tier.getKey()
                        && tier.getValue().equals(c.tier() == null ? "No tier" : c.tier()))
                        .mapToLong(SegmentTierCount::partners).sum());
            }
            String c = COLOURS[colour++ % COLOURS.length];
            datasets.add(BUILDERS.createObjectBuilder().add("label", tier.getValue()).add("data", data)
                    .add("backgroundColor", c).add("borderColor", c));
        }
        return BUILDERS.createObjectBuilder()
                .add("type", "bar")
                .add("data", BUILDERS.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", BUILDERS.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", BUILDERS.createObjectBuilder()
                                .add("x", BUILDERS.createObjectBuilder().add("stacked", true))
                                .add("y", BUILDERS.createObjectBuilder().add("stacked", true)
                                        .add("ticks", BUILDERS.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Partners per segment in words, for the chart's text alternative: "Strategic 3 · Growth 6 · ...". */
    public String getSegmentTotals() {
        StringBuilder text = new StringBuilder();
        for (Segment s : Segment.values()) {
            long n = counts.stream().filter(c -> c.segment() == s).mapToLong(SegmentTierCount::partners).sum();
            text.append(text.isEmpty() ? "" : " · ").append(s.getLabel()).append(' ').append(n);
        }
        return text.toString();
    }

    public String approve() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean approve) {
        if (proposal == null) {
            Messages.error("Nothing decided: choose a proposal.");
            return null;
        }
        try {
            ProposalView decided = approve ? tiers.approve(proposal.id(), proposal.version(), reason)
                    : tiers.reject(proposal.id(), proposal.version(), reason);
            Messages.info((approve ? "Approved: " : "Rejected: ") + decided.partnerName() + ", " + decided.text() + ".");
            return "/vendor/program.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Nothing decided: " + e.getMessage());
            return null;
        } catch (NotFoundException e) {
            Messages.error("Nothing decided: that proposal does not exist.");
            return null;
        }
    }

    /** Recomputes the current quarter's segments and eligibility (vendor admins and partner managers). */
    public String recompute() {
        RecomputeSummary summary = segmentation.recompute(quarter);
        Messages.info("Recomputed " + summary.partners() + " partners for " + quarter + " in " + summary.took().toMillis()
                + " ms.");
        return "/vendor/program.xhtml?faces-redirect=true";
    }

    public boolean isMayDecide() {
        return callerContext.current().may(Permission.DECIDE_TIER_PROPOSAL);
    }

    public boolean isMayRecompute() {
        return callerContext.current().may(Permission.RECOMPUTE_SEGMENTS);
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public List<Movement> getMovements() {
        return movements;
    }

    public List<ProposalView> getProposals() {
        return proposals;
    }

    public Board getQbrs() {
        return board;
    }

    /** A scheduled QBR's deadlines (agenda 72 hours, pre-read 48 hours before); none once it started. */
    public List<Upcoming> deadlines(long qbrId) {
        Upcoming upcoming = deadlines.get(qbrId);
        return upcoming == null ? List.of() : List.of(upcoming);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

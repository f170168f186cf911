package com.partnerqbr.portal.web.scorecard;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService.OverviewFilter;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService.ScorecardSummary;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.scorecard.Flag;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Downloads;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The program's scorecards for one quarter: every partner with its health score, revenue
 * against target, coverage and concerns; paged, sorted and filtered in the database.
 */
@Named
@ViewScoped
public class ProgramScorecardOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScorecardService scorecards;

    @Inject
    private ScorecardOverviewService overview;

    @Inject
    private TierService tiers;

    @Inject
    private CallerContext callerContext;

    private Quarter quarter;
    private PartnerType type;
    private Long tierId;
    private Flag flag;
    private Segment segment;
    private List<Tier> ladder;

    private final LazyDataModel<ScorecardSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(overview.count(quarter, filter(filterBy)));
        }

        @Override
        public List<ScorecardSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "partner" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return overview.overview(quarter, filter(filterBy), field, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(ScorecardSummary row) {
            return String.valueOf(row.partnerId());
        }
    };

    @PostConstruct
    void init() {
        quarter = ProgramCalendar.currentQuarter().previous();
        ladder = tiers.ladder();
    }

    private OverviewFilter filter(Map<String, FilterMeta> filterBy) {
        FilterMeta name = filterBy.get("partner");
        String text = name == null || name.getFilterValue() == null ? null : name.getFilterValue().toString();
        return new OverviewFilter(text, type, tierId, flag, segment);
    }

    /** The quarter's overview under the chosen type, tier, flag and segment as a CSV file. */
    public void exportCsv() throws IOException {
        Downloads.send("scorecards-" + quarter + ".csv", "text/csv; charset=UTF-8", "Scorecards not found",
                () -> overview.csv(quarter, filter(Map.of())));
    }

    public String refresh() {
        ScorecardService.RefreshSummary summary = scorecards.refresh(quarter);
        Messages.info("Refreshed " + summary.quarter() + ": " + summary.created() + " new and " + summary.refreshed()
                + " updated drafts; " + summary.frozenKept() + " frozen scorecards left as they were.");
        return null;
    }

    public boolean isMayRefresh() {
        return callerContext.current().may(Permission.REFRESH_SCORECARDS);
    }

    /**
     * Why the overview shows the quarter it shows, as the program page counts in the current
     * quarter: the last complete quarter is the one this quarter's QBRs review.
     */
    public String getQuarterNote() {
        Quarter current = ProgramCalendar.currentQuarter();
        if (quarter.equals(current)) {
            return current + " is the current quarter, still running: its figures are so far.";
        }
        if (quarter.equals(current.previous())) {
            return quarter + " is the last complete quarter, the one the QBRs of " + current
                    + " (the current quarter, as on the program page) review. Choose " + current
                    + " for its figures so far.";
        }
        return quarter + " is a past quarter; the current quarter is " + current + ".";
    }

    /** The quarters to choose from: the current one and the seven before it. */
    public List<Quarter> getQuarters() {
        List<Quarter> list = new ArrayList<>();
        Quarter q = ProgramCalendar.currentQuarter();
        for (int i = 0; i < 8; i++) {
            list.add(q);
            q = q.previous();
        }
        return list;
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public Segment[] getSegments() {
        return Segment.values();
    }

    public Segment getSegment() {
        return segment;
    }

    public void setSegment(Segment segment) {
        this.segment = segment;
    }

    public Flag[] getFlags() {
        return Flag.values();
    }

    public List<Tier> getLadder() {
        return ladder;
    }

    public LazyDataModel<ScorecardSummary> getModel() {
        return model;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public void setQuarter(Quarter quarter) {
        this.quarter = quarter;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public Long getTierId() {
        return tierId;
    }

    public void setTierId(Long tierId) {
        this.tierId = tierId;
    }

    public Flag getFlag() {
        return flag;
    }

    public void setFlag(Flag flag) {
        this.flag = flag;
    }
}

package com.partnerqbr.portal.web.program;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.kernel.WeekOfMonth;
import com.partnerqbr.portal.program.segment.ProgramSettingsService.Settings;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.ReviewCadence;
import com.partnerqbr.portal.program.segment.ReviewFormatService;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.TierService.CriterionView;
import com.partnerqbr.portal.program.tier.TierService.TierDraft;
import com.partnerqbr.portal.program.tier.TierService.TierView;
import com.partnerqbr.portal.program.tier.TierService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The vendor admin's program settings: segment shares, long-tail threshold and demotion grace
 * period; the day of the monthly program review; the review format of each segment; the tier
 * ladder and its criteria, published as a new version. Each part is saved on its own and refused when someone saved it since the page
 * was opened.
 */
@Named
@ViewScoped
public class ProgramSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramSettingsService programSettings;

    @Inject
    private ReviewFormatService reviewFormats;

    @Inject
    private TierService tiers;

    private static final BigDecimal THRESHOLD_LIMIT = new BigDecimal("10000000000");

    /** The numbers as typed: read on save, so that a bad one is refused by name and never clamped. */
    private String strategicPercent;
    private String growthPercent;
    private String longTailThreshold;
    private String demotionGraceDays;
    private long settingsVersion;
    private WeekOfMonth programReviewWeek;
    private DayOfWeek programReviewDay;
    private String cohortMinimum;
    private String bookingUrl;
    private List<FormatRow> formats;
    private List<TierRow> ladder;
    private int ladderVersion;

    /** One segment's format being edited. */
    public static class FormatRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Segment segment;
        private ReviewCadence cadence;
        private String meetingMinutes;
        private String meeting;
        private String betweenReviews;
        private long version;

        public Segment getSegment() {
            return segment;
        }

        public ReviewCadence getCadence() {
            return cadence;
        }

        public void setCadence(ReviewCadence cadence) {
            this.cadence = cadence;
        }

        public String getMeetingMinutes() {
            return meetingMinutes;
        }

        public void setMeetingMinutes(String meetingMinutes) {
            this.meetingMinutes = meetingMinutes;
        }

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getBetweenReviews() {
            return betweenReviews;
        }

        public void setBetweenReviews(String betweenReviews) {
            this.betweenReviews = betweenReviews;
        }
    }

    /** One tier of the ladder being edited; enablement completion in whole percent. */
    public static class TierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String benefits;
        private BigDecimal revenue;
        private BigDecimal wonDeals;
        private BigDecimal certifiedPeople;
        private BigDecimal enablementPercent;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBenefits() {
            return benefits;
        }

        public void setBenefits(String benefits) {
            this.benefits = benefits;
        }

        public BigDecimal getRevenue() {
            return revenue;
        }

        public void setRevenue(BigDecimal revenue) {
            this.revenue = revenue;
        }

        public BigDecimal getWonDeals() {
            return wonDeals;
        }

        public void setWonDeals(BigDecimal wonDeals) {
            this.wonDeals = wonDeals;
        }

        public BigDecimal getCertifiedPeople() {
            return certifiedPeople;
        }

        public void setCertifiedPeople(BigDecimal certifiedPeople) {
            this.certifiedPeople = certifiedPeople;
        }

        public BigDecimal getEnablementPercent() {
            return enablementPercent;
        }

        public void setEnablementPercent(BigDecimal enablementPercent) {
            this.enablementPercent = enablementPercent;
        }
    }

    @PostConstruct
    void load() {
        Settings s = programSettings.settings();
        strategicPercent = String.valueOf(s.strategicPercent());
        growthPercent = String.valueOf(s.growthPercent());
        longTailThreshold = s.longTailThreshold().stripTrailingZeros().toPlainString();
        demotionGraceDays = String.valueOf(s.demotionGraceDays());
        settingsVersion = s.version();
        programReviewWeek = s.programReviewDay().week();
        programReviewDay = s.programReviewDay().day();
        cohortMinimum = String.valueOf(programSettings.cohortMinimum());
        bookingUrl = programSettings.bookingUrl().orElse("");
        formats = new ArrayList<>();
        for (Format f : reviewFormats.formats()) {
            FormatRow row = new FormatRow();
            row.segment = f.segment();
            row.cadence = f.cadence();
            row.meetingMinutes = String.valueOf(f.meetingMinutes());
            row.meeting = f.meeting();
            row.betweenReviews = f.betweenReviews();
            row.version = f.version();
            formats.add(row);
        }
        ladderVersion = tiers.ladderVersion();
        ladder = new ArrayList<>();
        for (TierView t : tiers.ladderView()) {
            TierRow row = new TierRow();
            row.name = t.name();
            row.benefits = t.benefits();
            for (CriterionView c : t.criteria()) {
                switch (c.measure()) {
                    // whole numbers as typed: "8", not the stored "8.0000"
                    case TRAILING_REVENUE -> row.revenue = whole(c.threshold());
                    case WON_DEALS -> row.wonDeals = whole(c.threshold());
                    case CERTIFIED_PEOPLE -> row.certifiedPeople = whole(c.threshold());
                    case ENABLEMENT_COMPLETION -> row.enablementPercent = whole(c.threshold().movePointRight(2));
                }
            }
            ladder.add(row);
        }
    }

    public String saveSettings() {
        try {
            programSettings.saveSettings(NumberField.whole("Strategic share (%)", strategicPercent, 0, 100),
                    NumberField.whole("Growth share (%)", growthPercent, 0, 100),
                    NumberField.amount("Long-tail threshold", longTailThreshold, THRESHOLD_LIMIT),
                    NumberField.whole("Demotion grace period (days)", demotionGraceDays, 0, 365), settingsVersion);
            Messages.info("Saved the segment settings; they apply from the next recompute.");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public String saveProgramReviewDay() {
        try {
            Settings saved = programSettings.saveProgramReviewDay(programReviewWeek, programReviewDay, settingsVersion);
            Messages.info("Saved: the monthly program review is held on " + saved.programReviewDay().text() + ".");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public String saveCohortMinimum() {
        try {
            int saved = programSettings.saveCohortMinimum(NumberField.whole("Smallest cohort shown", cohortMinimum, 5, 1000),
                    settingsVersion);
            Messages.info("Saved: the tail's figures are shown when at least " + saved + " partners have a value.");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public String saveBookingUrl() {
        try {
            String saved = programSettings.saveBookingUrl(bookingUrl, settingsVersion)
                    .map(url -> "the long-tail mail's \"book time\" link leads to " + url + ".")
                    .orElse("the long-tail mail's \"book time\" link leads to the 1:1 request.");
            Messages.info("Saved: " + saved);
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public String getBookingUrl() {
        return bookingUrl;
    }

    public void setBookingUrl(String bookingUrl) {
        this.bookingUrl = bookingUrl;
    }

    public String getCohortMinimum() {
        return cohortMinimum;
    }

    public void setCohortMinimum(String cohortMinimum) {
        this.cohortMinimum = cohortMinimum;
    }

    public String saveFormat(FormatRow row) {
        try {
            String label = row.segment.getLabel();
            reviewFormats.saveFormat(row.segment, row.cadence,
                    NumberField.whole(label + " meeting length (minutes)", row.meetingMinutes, 0, 480),
                    row.meeting, row.betweenReviews, row.version);
            Messages.info("Saved the " + label.toLowerCase(Locale.ROOT) + " review format.");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved (" + row.segment.getLabel().toLowerCase(Locale.ROOT) + " format): " + e.getMessage());
            return null;
        }
    }

    public void addTier() {
        ladder.add(new TierRow());
    }

    public void removeLastTier() {
        if (!ladder.isEmpty()) {
            ladder.remove(ladder.size() - 1);
        }
    }

    public String publishLadder() {
        List<TierDraft> drafts = new ArrayList<>();
        for (TierRow row : ladder) {
            Map<CriterionMeasure, BigDecimal> criteria = new EnumMap<>(CriterionMeasure.class);
            put(criteria, CriterionMeasure.TRAILING_REVENUE, row.revenue);
            put(criteria, CriterionMeasure.WON_DEALS, row.wonDeals);
            put(criteria, CriterionMeasure.CERTIFIED_PEOPLE, row.certifiedPeople);
            put(criteria, CriterionMeasure.ENABLEMENT_COMPLETION,
                    row.enablementPercent == null ? null : row.enablementPercent.movePointLeft(2));
            drafts.add(new TierDraft(row.name, row.benefits, criteria));
        }
        try {
            int version = tiers.publishLadder(drafts, ladderVersion);
            Messages.info("Published version " + version + " of the tier ladder. Partners keep their approved tiers;"
                    + " eligibility follows the new version from the next recompute.");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not published: " + e.getMessage());
            return null;
        }
    }

    private static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, java.math.RoundingMode.HALF_UP);
    }

    private static void put(Map<CriterionMeasure, BigDecimal> criteria, CriterionMeasure m, BigDecimal value) {
        if (value != null) {
            criteria.put(m, value);
        }
    }

    public List<WeekOfMonth> getWeeks() {
        return List.of(WeekOfMonth.values());
    }

    /** The weekdays a program review may be held on, Monday to Friday. */
    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    /** "The first", "The last". */
    public String weekLabel(WeekOfMonth week) {
        return "The " + week.getLabel();
    }

    /** "Tuesday". */
    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public WeekOfMonth getProgramReviewWeek() {
        return programReviewWeek;
    }

    public void setProgramReviewWeek(WeekOfMonth programReviewWeek) {
        this.programReviewWeek = programReviewWeek;
    }

    public DayOfWeek getProgramReviewDay() {
        return programReviewDay;
    }

    public void setProgramReviewDay(DayOfWeek programReviewDay) {
        this.programReviewDay = programReviewDay;
    }

    public List<ReviewCadence> getCadences() {
        return List.of(ReviewCadence.values());
    }

    public String getStrategicPercent() {
        return strategicPercent;
    }

    public void setStrategicPercent(String strategicPercent) {
        this.strategicPercent = strategicPercent;
    }

    public String getGrowthPercent() {
        return growthPercent;
    }

    public void setGrowthPercent(String growthPercent) {
        this.growthPercent = growthPercent;
    }

    public String getLongTailThreshold() {
        return longTailThreshold;
    }

    public void setLongTailThreshold(String longTailThreshold) {
        this.longTailThreshold = longTailThreshold;
    }

    public String getDemotionGraceDays() {
        return demotionGraceDays;
    }

    public void setDemotionGraceDays(String demotionGraceDays) {
        this.demotionGraceDays = demotionGraceDays;
    }

    public List<FormatRow> getFormats() {
        return formats;
    }

    public List<TierRow> getLadder() {
        return ladder;
    }

    public int getLadderVersion() {
        return ladderVersion;
    }
}

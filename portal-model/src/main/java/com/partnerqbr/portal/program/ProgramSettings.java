package com.partnerqbr.portal.program;

import com.partnerqbr.portal.kernel.WeekOfMonth;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;

/**
 * A vendor's program settings, one row per vendor: the segment shares and the long-tail
 * threshold, the grace period of a demotion, and the day of the month the monthly program
 * review is held (the first Tuesday by default). A vendor without a row uses the defaults.
 */
@Entity
@Table(name = "program_settings")
@NamedQuery(name = "ProgramSettings.ofVendor", query = "SELECT s FROM ProgramSettings s")
public class ProgramSettings extends TenantOwned {

    public static final int DEFAULT_STRATEGIC_PERCENT = 10;
    public static final int DEFAULT_GROWTH_PERCENT = 20;
    public static final BigDecimal DEFAULT_LONG_TAIL_THRESHOLD = new BigDecimal("5000");
    public static final int DEFAULT_DEMOTION_GRACE_DAYS = 90;
    public static final WeekOfMonth DEFAULT_PROGRAM_REVIEW_WEEK = WeekOfMonth.FIRST;
    public static final DayOfWeek DEFAULT_PROGRAM_REVIEW_DAY = DayOfWeek.TUESDAY;
    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final int DEFAULT_LOOK_BACK_PERCENT = 33;
    public static final int DEFAULT_COHORT_MINIMUM = 5;

    @Column(name = "strategic_percent", nullable = false)
    private int strategicPercent = DEFAULT_STRATEGIC_PERCENT;

    @Column(name = "growth_percent", nullable = false)
    private int growthPercent = DEFAULT_GROWTH_PERCENT;

    /** Per quarter, in the program currency. */
    @Column(name = "long_tail_threshold", nullable = false, precision = 15, scale = 2)
    private BigDecimal longTailThreshold = DEFAULT_LONG_TAIL_THRESHOLD;

    @Column(name = "demotion_grace_days", nullable = false)
    private int demotionGraceDays = DEFAULT_DEMOTION_GRACE_DAYS;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_review_week", nullable = false, length = 8)
    private WeekOfMonth programReviewWeek = DEFAULT_PROGRAM_REVIEW_WEEK;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_review_day", nullable = false, length = 9)
    private DayOfWeek programReviewDay = DEFAULT_PROGRAM_REVIEW_DAY;

    /** The program's time zone (an IANA id, e.g. America/Chicago): deadlines are counted in it. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = DEFAULT_TIME_ZONE;

    /** The most of a QBR's agenda that may look back, in percent of its minutes (a third by default). */
    @Column(name = "look_back_percent", nullable = false)
    private int lookBackPercent = DEFAULT_LOOK_BACK_PERCENT;

    /** The fewest partners with a value a figure of the tail cohort is shown of. */
    @Column(name = "cohort_minimum", nullable = false)
    private int cohortMinimum = DEFAULT_COHORT_MINIMUM;

    /** Where partners book time with the vendor (the long-tail mail's "book time" link); null: none. */
    @Column(name = "booking_url", length = 500)
    private String bookingUrl;

    public ProgramSettings() {
    }

    public void update(int strategicPercent, int growthPercent, BigDecimal longTailThreshold, int demotionGraceDays) {
        this.strategicPercent = strategicPercent;
        this.growthPercent = growthPercent;
        this.longTailThreshold = longTailThreshold;
        this.demotionGraceDays = demotionGraceDays;
    }

    public void scheduleProgramReview(WeekOfMonth week, DayOfWeek day) {
        this.programReviewWeek = week;
        this.programReviewDay = day;
    }

    public void changeReviewClock(String newTimeZone, int newLookBackPercent) {
        this.timeZone = newTimeZone;
        this.lookBackPercent = newLookBackPercent;
    }

    public void changeCohortMinimum(int newCohortMinimum) {
        this.cohortMinimum = newCohortMinimum;
    }

    public void changeBookingUrl(String newBookingUrl) {
        this.bookingUrl = newBookingUrl;
    }

    public String getBookingUrl() {
        return bookingUrl;
    }

    public int getCohortMinimum() {
        return cohortMinimum;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getLookBackPercent() {
        return lookBackPercent;
    }

    public int getStrategicPercent() {
        return strategicPercent;
    }

    public int getGrowthPercent() {
        return growthPercent;
    }

    public BigDecimal getLongTailThreshold() {
        return longTailThreshold;
    }

    public int getDemotionGraceDays() {
        return demotionGraceDays;
    }

    public WeekOfMonth getProgramReviewWeek() {
        return programReviewWeek;
    }

    public DayOfWeek getProgramReviewDay() {
        return programReviewDay;
    }
}

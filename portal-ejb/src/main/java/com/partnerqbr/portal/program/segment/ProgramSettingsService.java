package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.kernel.WeekOfMonth;
import com.partnerqbr.portal.program.ProgramSettings;
import com.partnerqbr.portal.program.segment.Segmentation.Rules;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * The vendor's program settings: the segment shares, the long-tail threshold, the demotion
 * grace period and the day of the monthly program review. Vendor staff read them, everyone of
 * the vendor reads the program review day, vendor admins change them.
 */
@Stateless
public class ProgramSettingsService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /** The vendor's program settings; version -1 when never saved (the defaults). */
    public record Settings(int strategicPercent, int growthPercent, BigDecimal longTailThreshold, int demotionGraceDays,
                           ProgramReviewDay programReviewDay, long version) {

        public Rules rules() {
            return new Rules(strategicPercent, growthPercent, longTailThreshold);
        }
    }

    public Settings settings() {
        callerContext.requireVendorStaff("the program settings are for vendor staff");
        return settingsOrDefaults(em);
    }

    /** The settings in force, for the services that apply them: the stored ones or the defaults. */
    static Settings settingsOrDefaults(EntityManager em) {
        return em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class).getResultStream().findFirst()
                .map(s -> new Settings(s.getStrategicPercent(), s.getGrowthPercent(), s.getLongTailThreshold(),
                        s.getDemotionGraceDays(), new ProgramReviewDay(s.getProgramReviewWeek(), s.getProgramReviewDay()),
                        s.getVersion()))
                .orElse(new Settings(ProgramSettings.DEFAULT_STRATEGIC_PERCENT, ProgramSettings.DEFAULT_GROWTH_PERCENT,
                        ProgramSettings.DEFAULT_LONG_TAIL_THRESHOLD, ProgramSettings.DEFAULT_DEMOTION_GRACE_DAYS,
                        new ProgramReviewDay(ProgramSettings.DEFAULT_PROGRAM_REVIEW_WEEK,
                                ProgramSettings.DEFAULT_PROGRAM_REVIEW_DAY), -1));
    }

    /** The day of the month of the vendor's monthly program review; everyone of the vendor may read it. */
    public ProgramReviewDay programReviewDay() {
        return settingsOrDefaults(em).programReviewDay();
    }

    /**
     * Saves the segment settings; refused when invalid or when someone saved since {@code
     * expectedVersion} was read (-1: never saved). They apply from the next recompute.
     */
    public Settings saveSettings(int strategicPercent, int growthPercent, BigDecimal longTailThreshold,
                                 int demotionGraceDays, long expectedVersion) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        if (longTailThreshold == null) {
            throw new RefusedException("Enter a long-tail threshold (0 or more).");
        }
        try {
            new Rules(strategicPercent, growthPercent, longTailThreshold);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(capitalized(e.getMessage()) + ".");
        }
        if (longTailThreshold.compareTo(new BigDecimal("10000000000")) >= 0 || longTailThreshold.scale() > 2) {
            throw new RefusedException("The long-tail threshold must be below 10,000,000,000 with at most 2 decimals.");
        }
        if (demotionGraceDays < 0 || demotionGraceDays > 365) {
            throw new RefusedException("The demotion grace period must be 0 to 365 days.");
        }
        storedSettings(expectedVersion, "the segment settings")
                .update(strategicPercent, growthPercent, longTailThreshold, demotionGraceDays);
        em.flush();
        return settingsOrDefaults(em);
    }

    /**
     * Sets the day of the monthly program review (e.g. the first Tuesday, the default); refused
     * when it is not a weekday Monday to Friday, or when someone saved the program settings since
     * {@code expectedVersion} was read (-1: never saved).
     */
    public Settings saveProgramReviewDay(WeekOfMonth week, DayOfWeek day, long expectedVersion) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        ProgramReviewDay reviewDay;
        try {
            reviewDay = new ProgramReviewDay(week, day);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(capitalized(e.getMessage()) + ".");
        }
        storedSettings(expectedVersion, "the program settings").scheduleProgramReview(reviewDay.week(), reviewDay.day());
        em.flush();
        return settingsOrDefaults(em);
    }

    /** The fewest partners with a value a figure of the tail cohort is shown of (default 5). */
    public int cohortMinimum() {
        return em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class).getResultStream().findFirst()
                .map(ProgramSettings::getCohortMinimum).orElse(ProgramSettings.DEFAULT_COHORT_MINIMUM);
    }

    /**
     * Sets the fewest partners a figure of the tail cohort is shown of: 5 or more, because with
     * fewer the quartiles and a partner's own value give away the others' values; refused when
     * someone saved the program settings since {@code expectedVersion} was read (-1: never saved).
     */
    public int saveCohortMinimum(int minimum, long expectedVersion) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        if (minimum < ProgramSettings.DEFAULT_COHORT_MINIMUM || minimum > 1000) {
            throw new RefusedException("The smallest cohort shown is " + ProgramSettings.DEFAULT_COHORT_MINIMUM
                    + " to 1,000 partners: with fewer, the quartiles and a partner's own figure give away the others'.");
        }
        storedSettings(expectedVersion, "the program settings").changeCohortMinimum(minimum);
        em.flush();
        return minimum;
    }

    /** The vendor's booking page, the "book time" link of the long-tail mail; empty when it has none. */
    public Optional<String> bookingUrl() {
        return em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class).getResultStream().findFirst()
                .map(ProgramSettings::getBookingUrl);
    }

    /**
     * Sets the vendor's booking page (an http or https address), or clears it when blank; refused
     * when it is no such address or when someone saved the program settings since {@code
     * expectedVersion} was read (-1: never saved).
     */
    public Optional<String> saveBookingUrl(String url, long expectedVersion) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        String address = url == null || url.isBlank() ? null : Inputs.webAddress("Booking page", url,
                "the page where partners book time with you", "https://book.example.com/partners", true);
        storedSettings(expectedVersion, "the program settings").changeBookingUrl(address);
        em.flush();
        return Optional.ofNullable(address);
    }

    /** The vendor's settings row to change (new if never saved); refused when saved since {@code expectedVersion}. */
    private ProgramSettings storedSettings(long expectedVersion, String what) {
        ProgramSettings stored = em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class)
                .getResultStream().findFirst().orElse(null);
        long current = stored == null ? -1 : stored.getVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone changed " + what + " since you opened them; reload and try again.");
        }
        if (stored == null) {
            stored = new ProgramSettings();
            em.persist(stored);
        }
        return stored;
    }

    static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package com.partnerqbr.portal.program.tier;

import static com.partnerqbr.portal.program.tier.CriterionMeasure.CERTIFIED_PEOPLE;
import static com.partnerqbr.portal.program.tier.CriterionMeasure.ENABLEMENT_COMPLETION;
import static com.partnerqbr.portal.program.tier.CriterionMeasure.TRAILING_REVENUE;
import static com.partnerqbr.portal.program.tier.CriterionMeasure.WON_DEALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.program.tier.TierRules.CriterionProgress;
import com.partnerqbr.portal.program.tier.TierRules.Progress;
import com.partnerqbr.portal.program.tier.TierRules.Rung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final Rung REGISTERED = new Rung(1, "Registered", 1, "Portal access", Map.of());
    private static final Rung SILVER = new Rung(2, "Silver", 2, "10% discount",
            Map.of(TRAILING_REVENUE, new BigDecimal("100000"), WON_DEALS, new BigDecimal("4")));
    private static final Rung GOLD = new Rung(3, "Gold", 3, "20% discount",
            Map.of(TRAILING_REVENUE, new BigDecimal("400000"), WON_DEALS, new BigDecimal("10"),
                    CERTIFIED_PEOPLE, new BigDecimal("2")));
    private static final Rung PLATINUM = new Rung(4, "Platinum", 4, "30% discount, executive sponsor",
            Map.of(TRAILING_REVENUE, new BigDecimal("1000000"), WON_DEALS, new BigDecimal("20"),
                    CERTIFIED_PEOPLE, new BigDecimal("4"), ENABLEMENT_COMPLETION, new BigDecimal("0.80")));
    private static final List<Rung> LADDER = List.of(PLATINUM, SILVER, GOLD, REGISTERED);
    private static final LocalDate END_OF_Q4 = LocalDate.of(2026, 12, 31);

    private static Map<CriterionMeasure, BigDecimal> values(String revenue, int won, int certified, String enablement) {
        return Map.of(TRAILING_REVENUE, new BigDecimal(revenue), WON_DEALS, BigDecimal.valueOf(won),
                CERTIFIED_PEOPLE, BigDecimal.valueOf(certified), ENABLEMENT_COMPLETION, new BigDecimal(enablement));
    }

    @Test
    void eligibilityClimbsTheLadderToTheLastTierWhoseCriteriaAreAllMet() {
        assertEquals("Gold", TierRules.eligible(LADDER, values("962000", 18, 5, "0.90")).orElseThrow().name());
        assertEquals("Platinum", TierRules.eligible(LADDER, values("1000000", 20, 4, "0.80")).orElseThrow().name());
        assertEquals("Silver", TierRules.eligible(LADDER, values("100000", 4, 0, "0")).orElseThrow().name());
        assertEquals("Registered", TierRules.eligible(LADDER, values("99999.99", 50, 9, "1")).orElseThrow().name());
        assertEquals("Registered", TierRules.eligible(LADDER, Map.of()).orElseThrow().name());
    }

    @Test
    void eligibilityStopsAtTheFirstUnmetTierEvenWhenAHigherOneWouldBeMet() {
        Rung oddGold = new Rung(3, "Gold", 3, "", Map.of(CERTIFIED_PEOPLE, BigDecimal.ONE));
        // Silver needs revenue the partner lacks; Gold alone would be met, but the climb stops at Silver
        assertEquals("Registered", TierRules.eligible(List.of(REGISTERED, SILVER, oddGold),
                values("0", 0, 3, "0")).orElseThrow().name());
    }

    @Test
    void noTierWhenTheEntryTierHasUnmetCriteria() {
        assertEquals(Optional.empty(), TierRules.eligible(List.of(SILVER, GOLD), values("10", 1, 0, "0")));
    }

    @Test
    void nextTierIsTheOneAboveTheApprovedRank() {
        assertEquals("Platinum", TierRules.next(LADDER, 3).orElseThrow().name());
        assertEquals("Registered", TierRules.next(LADDER, 0).orElseThrow().name());
        assertEquals(Optional.empty(), TierRules.next(LADDER, 4));
    }

    @Test
    void progressToPlatinumSaysWhatIsStillNeededByTheDeadline() {
        Progress progress = TierRules.progress(PLATINUM, values("962000", 18, 5, "0.65"), END_OF_Q4, "USD");
        assertFalse(progress.met());
        assertEquals("2 more won deals, $38,000 revenue and enablement completion up to 80% by 2026-12-31",
                progress.summary());
        List<CriterionProgress> c = progress.criteria();
        assertEquals(List.of(WON_DEALS, TRAILING_REVENUE, CERTIFIED_PEOPLE, ENABLEMENT_COMPLETION),
                c.stream().map(CriterionProgress::measure).toList());
        assertEquals("Won deals (4 quarters): 18 of 20, 90%, 2 more won deals", line(c.get(0)));
        assertEquals("Trailing revenue (4 quarters): $962,000 of $1,000,000, 96%, $38,000 revenue", line(c.get(1)));
        assertEquals("Certified people: 5 of 4, 100%, met", line(c.get(2)));
        assertEquals("Enablement completion: 65% of 80%, 81%, enablement completion up to 80%", line(c.get(3)));
    }

    @Test
    void theIssuesExampleSentence() {
        Rung tier = new Rung(9, "Gold", 3, "", Map.of(TRAILING_REVENUE, new BigDecimal("400000"),
                WON_DEALS, new BigDecimal("10")));
        assertEquals("2 more won deals and $38,000 revenue by 2026-12-31",
                TierRules.progress(tier, values("362000", 8, 0, "0"), END_OF_Q4, "USD").summary());
    }

    @Test
    void oneMissingThingIsSingularAndCentsRoundUpToTheNextDollar() {
        Rung tier = new Rung(9, "Gold", 3, "", Map.of(TRAILING_REVENUE, new BigDecimal("400000"),
                WON_DEALS, new BigDecimal("10"), CERTIFIED_PEOPLE, new BigDecimal("2")));
        assertEquals("1 more won deal, $1 revenue and 1 more certified person by 2026-12-31",
                TierRules.progress(tier, values("399999.50", 9, 1, "0"), END_OF_Q4, "USD").summary());
        assertEquals("3 more certified people by 2026-12-31",
                TierRules.progress(tier, values("400000", 10, -1, "0"), END_OF_Q4, "USD").summary());
    }

    @Test
    void otherCurrenciesAreNamed() {
        assertEquals("EUR 5,000 revenue by 2026-12-31", TierRules.progress(
                new Rung(9, "Silver", 2, "", Map.of(TRAILING_REVENUE, new BigDecimal("100000"))),
                values("95000", 0, 0, "0"), END_OF_Q4, "EUR").summary());
    }

    @Test
    void everythingMetSaysSo() {
        Progress progress = TierRules.progress(SILVER, values("100000", 4, 0, "0"), END_OF_Q4, "USD");
        assertTrue(progress.met());
        assertEquals("Every criterion for Silver is met.", progress.summary());
        assertEquals("Every criterion for Registered is met.",
                TierRules.progress(REGISTERED, Map.of(), END_OF_Q4, "USD").summary());
    }

    @Test
    void percentIsRoundedDownCappedAndZeroThresholdsAreMet() {
        assertEquals(99, TierRules.percent(new BigDecimal("99.99"), new BigDecimal("100")));
        assertEquals(100, TierRules.percent(new BigDecimal("250"), new BigDecimal("100")));
        assertEquals(0, TierRules.percent(BigDecimal.ZERO, new BigDecimal("100")));
        assertEquals(100, TierRules.percent(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private static String line(CriterionProgress p) {
        return p.label() + ": " + p.valueText() + " of " + p.thresholdText() + ", " + p.percent() + "%, "
                + (p.met() ? "met" : p.missing());
    }
}

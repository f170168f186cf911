package com.partnerqbr.portal.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardCalculatorTest {

    /** A channel partner having a bad quarter: revenue down, win rate down, thin pipeline, stuck deals. */
    private static final PartnerQuarterFacts BAD_QUARTER = PartnerQuarterFacts.builder()
            .won(usd(100_000), 3, usd(50_000), 2, usd(60_000))
            .lost(5)
            .previousQuarter(usd(150_000), usd(100_000), 6, 2)
            .open(usd(180_000), Map.of(DealStage.QUALIFY, 3L, DealStage.PROPOSE, 2L), 1)
            .daysInStage(230, 5, 4)
            .targets(usd(200_000), usd(100_000))
            .commission(usd(12_500))
            .portalLogins(6)
            .registrations(3, 21)
            .enablement(4, 3)
            .coSell(1)
            .build();

    @Test
    void figuresOfAChannelScorecard() {
        ScorecardCalculator.Result result = channel(BAD_QUARTER, DefinitionsInForce.starting());
        assertEquals(ScorecardTemplate.CHANNEL.getMetrics(), result.figures().stream().map(FigureValue::metric).toList());
        assertFigure(result, Metric.ATTRIBUTED_REVENUE, "150000.00", "200000");
        assertFigure(result, Metric.REVENUE_GROWTH, "-0.4000", null);
        assertFigure(result, Metric.AVERAGE_DEAL_SIZE, "30000.00", null);
        assertFigure(result, Metric.COMMISSION_EARNED, "12500", null);
        assertFigure(result, Metric.OPEN_PIPELINE, "180000", null);
        assertFigure(result, Metric.PIPELINE_COVERAGE, "1.80", "3.00");
        assertFigure(result, Metric.WIN_RATE, "0.5000", null);
        assertFigure(result, Metric.STUCK_DEALS, "4", null);
        // 30 x 6/12 + 30 x 3/3 + 20 x 3/4 + 20 x 1/2 = 15 + 30 + 15 + 10
        assertFigure(result, Metric.ENGAGEMENT_SCORE, "70.0", null);
        assertFigure(result, Metric.ENABLEMENT_COMPLETION, "0.7500", null);
        assertEquals("Sourced $100,000 (3 deals) · influenced $50,000 (2 deals)",
                figure(result, Metric.ATTRIBUTED_REVENUE).detail());
        assertEquals("6 open deals: Qualify 3 · Develop 0 · Propose 2 · Negotiate 0 · 1 whose stage then is not known (it has moved on since)",
                figure(result, Metric.OPEN_PIPELINE).detail());
        assertEquals("6 logins · 3 deals registered (avg 7 days from identified) · 1 co-sell · enablement 75%",
                figure(result, Metric.ENGAGEMENT_SCORE).detail());
        assertTrue(result.figures().stream().allMatch(f -> f.definitionVersion() == 1));
        assertEquals(5, result.wonDeals(), "won deals, kept with the scorecard for the tier criteria");
    }

    @Test
    void talkingPointsSayWhatWentWrongInPlainSentences() {
        List<String> sentences = channel(BAD_QUARTER, DefinitionsInForce.starting()).talkingPoints().stream()
                .map(TalkingPoint::getSentence).toList();
        assertEquals(List.of(
                "Revenue at 75% of target ($150,000 of $200,000).",
                "Revenue down 40% QoQ ($250,000 to $150,000).",
                "Win rate fell from 75% to 50%.",
                "Coverage 1.8x — below 3x.",
                "4 deals stuck ≥ 30 days."), sentences);
    }

    @Test
    void healthScoreWeighsRevenueCoverageAndEngagement() {
        // 40 x 150/200 + 30 x 1.8/3 + 30 x 70/100 = 30 + 18 + 21
        assertEquals(new BigDecimal("69.0"), channel(BAD_QUARTER, DefinitionsInForce.starting()).healthScore());
    }

    @Test
    void healthScoreWithoutTargetsWeighsEngagementAlone() {
        PartnerQuarterFacts facts = PartnerQuarterFacts.builder().portalLogins(12).registrations(3, 30).build();
        // engagement 30 + 30 = 60, the only part: 60 of 100
        assertEquals(new BigDecimal("60.0"), channel(facts, DefinitionsInForce.starting()).healthScore());
    }

    @Test
    void eachProgramReviewAttendedAddsTenEngagementPointsUpToOneHundred() {
        PartnerQuarterFacts twice = PartnerQuarterFacts.builder().portalLogins(6).registrations(3, 21).enablement(4, 3)
                .coSell(1).programReviewsAttended(2).build();
        // the 70 of the bad quarter + 10 x 2
        assertFigure(channel(twice, DefinitionsInForce.starting()), Metric.ENGAGEMENT_SCORE, "90.0", null);
        assertEquals("6 logins · 3 deals registered (avg 7 days from identified) · 1 co-sell · enablement 75%"
                + " · 2 program reviews attended", figure(channel(twice, DefinitionsInForce.starting()),
                Metric.ENGAGEMENT_SCORE).detail());
        PartnerQuarterFacts fourTimes = PartnerQuarterFacts.builder().portalLogins(6).registrations(3, 21)
                .enablement(4, 3).coSell(1).programReviewsAttended(4).build();
        assertFigure(channel(fourTimes, DefinitionsInForce.starting()), Metric.ENGAGEMENT_SCORE, "100.0", null);
    }

    @Test
    void aNewDefinitionVersionChangesTheRuleAndIsRecorded() {
        DefinitionsInForce halfInfluenced = DefinitionsInForce.starting()
                .with(Metric.ATTRIBUTED_REVENUE, 2, new BigDecimal("0.50"))
                .with(Metric.STUCK_DEALS, 2, new BigDecimal("45"))
                .with(Metric.PIPELINE_COVERAGE, 2, new BigDecimal("1.50"));
        ScorecardCalculator.Result result = channel(BAD_QUARTER, halfInfluenced);
        FigureValue revenue = figure(result, Metric.ATTRIBUTED_REVENUE);
        assertEquals(0, new BigDecimal("125000").compareTo(revenue.value()));
        assertEquals(2, revenue.definitionVersion());
        assertEquals("Sourced $100,000 (3 deals) · influenced $50,000 (2 deals), influenced counted at 50%",
                revenue.detail());
        // previous quarter under the same rule: 150,000 + 50,000 = 200,000 -> -37.5%
        assertFigure(result, Metric.REVENUE_GROWTH, "-0.3750", null);
        assertEquals(1, figure(result, Metric.WIN_RATE).definitionVersion());
        List<String> sentences = result.talkingPoints().stream().map(TalkingPoint::getSentence).toList();
        assertTrue(sentences.contains("4 deals stuck ≥ 45 days."), sentences::toString);
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("Coverage")), "1.8x is above a 1.5x floor");
    }

    @Test
    void oneDealCarryingTheQuarterIsFlagged() {
        PartnerQuarterFacts facts = PartnerQuarterFacts.builder()
                .won(usd(100_000), 2, BigDecimal.ZERO, 0, usd(90_000))
                .previousQuarter(usd(50_000), BigDecimal.ZERO, 1, 0)
                .build();
        List<TalkingPoint> points = channel(facts, DefinitionsInForce.starting()).talkingPoints();
        assertEquals(List.of(
                new TalkingPoint(Flag.WHALE_DEAL, "One deal is 90% of the quarter's won revenue ($90,000 of $100,000)."),
                new TalkingPoint(Flag.REVENUE_UP, "Revenue up 100% QoQ ($50,000 to $100,000).")), points);
    }

    @Test
    void thresholdsAreExact() {
        // exactly 80% of target is not below target; exactly -20% is a drop; exactly 3x is not low coverage
        PartnerQuarterFacts edge = PartnerQuarterFacts.builder()
                .won(usd(80_000), 1, BigDecimal.ZERO, 0, usd(80_000))
                .previousQuarter(usd(100_000), BigDecimal.ZERO, 1, 0)
                .open(usd(300_000), Map.of(), 0)
                .targets(usd(100_000), usd(100_000))
                .build();
        List<Flag> flags = channel(edge, DefinitionsInForce.starting()).talkingPoints().stream()
                .map(TalkingPoint::getFlag).toList();
        assertEquals(List.of(Flag.REVENUE_DROP), flags);
    }

    @Test
    void winRateFallNeedsEnoughClosedDealsInBothQuarters() {
        PartnerQuarterFacts fewDeals = PartnerQuarterFacts.builder()
                .won(usd(10_000), 1, BigDecimal.ZERO, 0, usd(10_000)).lost(1)
                .previousQuarter(usd(10_000), BigDecimal.ZERO, 2, 0)
                .build();
        assertTrue(channel(fewDeals, DefinitionsInForce.starting()).talkingPoints().stream()
                .noneMatch(p -> p.getFlag() == Flag.WIN_RATE_DROP));
    }

    @Test
    void aPartnerWithoutDataHasNoRatesAndNoFlags() {
        ScorecardCalculator.Result result = channel(PartnerQuarterFacts.none(), DefinitionsInForce.starting());
        assertNull(figure(result, Metric.REVENUE_GROWTH).value());
        assertNull(figure(result, Metric.WIN_RATE).value());
        assertNull(figure(result, Metric.PIPELINE_COVERAGE).value());
        assertNull(figure(result, Metric.AVERAGE_DEAL_SIZE).value());
        assertEquals(List.of(), result.talkingPoints());
        assertEquals(new BigDecimal("0.0"), result.healthScore());
    }

    @Test
    void technologyPartnersAreReadOnAdoptionAndTimeToValue() {
        PartnerQuarterFacts facts = PartnerQuarterFacts.builder().jointCustomers(7, 3, 100).coSell(4).build();
        ScorecardCalculator.Result result = ScorecardCalculator.compute(ScorecardTemplate.TECHNOLOGY, facts,
                DefinitionsInForce.starting(), "EUR");
        assertEquals(10, result.figures().size());
        assertFigure(result, Metric.INTEGRATION_ADOPTION, "7", null);
        assertFigure(result, Metric.TIME_TO_FIRST_VALUE, "33.3", null);
        assertFigure(result, Metric.CO_SELL_ACTIVITIES, "4", null);
        assertEquals("Sourced EUR 0 (0 deals) · influenced EUR 0 (0 deals)",
                figure(result, Metric.ATTRIBUTED_REVENUE).detail());
    }

    private static ScorecardCalculator.Result channel(PartnerQuarterFacts facts, DefinitionsInForce definitions) {
        return ScorecardCalculator.compute(ScorecardTemplate.CHANNEL, facts, definitions, "USD");
    }

    private static FigureValue figure(ScorecardCalculator.Result result, Metric metric) {
        return result.figures().stream().filter(f -> f.metric() == metric).findFirst().orElseThrow();
    }

    private static void assertFigure(ScorecardCalculator.Result result, Metric metric, String value, String target) {
        FigureValue figure = figure(result, metric);
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), metric + " value " + figure.value());
        if (target == null) {
            assertNull(figure.target(), metric + " target");
        } else {
            assertEquals(0, new BigDecimal(target).compareTo(figure.target()), metric + " target " + figure.target());
        }
    }

    private static BigDecimal usd(long amount) {
        return BigDecimal.valueOf(amount);
    }
}

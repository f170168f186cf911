package com.partnerqbr.portal.scorecard;

import static com.partnerqbr.portal.scorecard.FigureFormat.money;
import static com.partnerqbr.portal.scorecard.FigureFormat.percent;

import com.partnerqbr.portal.deal.DealStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard rules: from one partner's facts for a quarter to its figures, its talking
 * points and its health score. Pure arithmetic; the thresholds are stated here once.
 */
public final class ScorecardCalculator {

    /** Revenue under this share of target is flagged. */
    static final BigDecimal BELOW_TARGET_SHARE = new BigDecimal("0.80");
    /** A quarter-over-quarter change of this size, either way, is worth saying. */
    static final BigDecimal NOTABLE_GROWTH = new BigDecimal("0.20");
    /** A win-rate fall of this many points is flagged... */
    static final BigDecimal WIN_RATE_FALL = new BigDecimal("0.10");
    /** ...when both quarters closed at least this many deals (fewer is noise). */
    static final long WIN_RATE_MIN_CLOSED = 3;
    /** One won deal at or above this share of the quarter's won amount carries the quarter. */
    static final BigDecimal WHALE_SHARE = new BigDecimal("0.50");

    /** Health score weights: revenue attainment, pipeline coverage, engagement. */
    static final int REVENUE_WEIGHT = 40;
    static final int COVERAGE_WEIGHT = 30;
    static final int ENGAGEMENT_WEIGHT = 30;
    /** Engagement points per program review (the tail's group webinar) the partner attended in the quarter. */
    static final int PROGRAM_REVIEW_POINTS = 10;

    /** The formula the pages show next to the health score. */
    public static final String HEALTH_FORMULA = "Out of 100: revenue against its target counts "
            + REVENUE_WEIGHT + " points, pipeline coverage against its floor " + COVERAGE_WEIGHT
            + " and the engagement score " + ENGAGEMENT_WEIGHT + "; reaching a target earns a part's full points, going"
            + " beyond it earns no more. A part without a target is left out and the others are scaled up to 100.";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What a refresh stores for one partner and quarter. */
    public record Result(List<FigureValue> figures, List<TalkingPoint> talkingPoints, BigDecimal healthScore,
                         int wonDeals) {
    }

    private final PartnerQuarterFacts facts;
    private final DefinitionsInForce definitions;
    private final String currency;

    private ScorecardCalculator(PartnerQuarterFacts facts, DefinitionsInForce definitions, String currency) {
        this.facts = facts;
        this.definitions = definitions;
        this.currency = currency;
    }

    public static Result compute(ScorecardTemplate template, PartnerQuarterFacts facts, DefinitionsInForce definitions,
                                 String currency) {
        ScorecardCalculator calculator = new ScorecardCalculator(facts, definitions, currency);
        List<FigureValue> figures = template.getMetrics().stream().map(calculator::figure).toList();
        return new Result(figures, calculator.talkingPoints(), calculator.healthScore(),
                Math.toIntExact(facts.wonCount()));
    }

    FigureValue figure(Metric metric) {
        int version = definitions.version(metric);
        return switch (metric) {
            case ATTRIBUTED_REVENUE -> new FigureValue(metric, version, revenue(), facts.revenueTarget(),
                    "Sourced " + money(facts.wonSourcedAmount(), currency) + " (" + deals(facts.wonSourcedCount())
                            + ") · influenced " + money(facts.wonInfluencedAmount(), currency) + " ("
                            + deals(facts.wonInfluencedCount()) + ")" + influencedWeightNote());
            case REVENUE_GROWTH -> new FigureValue(metric, version, growth(), null,
                    "Last quarter " + money(previousRevenue(), currency));
            case AVERAGE_DEAL_SIZE -> new FigureValue(metric, version,
                    divide(facts.wonAmount(), facts.wonCount(), 2), null, deals(facts.wonCount()) + " won");
            case COMMISSION_EARNED -> new FigureValue(metric, version, facts.commission(), null, null);
            case OPEN_PIPELINE -> new FigureValue(metric, version, facts.openAmount(), null, byStage());
            case PIPELINE_COVERAGE -> new FigureValue(metric, version, coverage(), coverageFloor(),
                    facts.nextQuarterTarget() == null ? "No target set for next quarter"
                            : "Next quarter's target " + money(facts.nextQuarterTarget(), currency));
            case WIN_RATE -> new FigureValue(metric, version, winRate(), null,
                    facts.wonCount() + " won, " + facts.lostCount() + " lost");
            case AVERAGE_DAYS_IN_STAGE -> new FigureValue(metric, version,
                    divide(BigDecimal.valueOf(facts.daysInStageTotal()), facts.daysInStageDeals(), 1), null,
                    facts.stuckDeals() + " stuck");
            case STUCK_DEALS -> new FigureValue(metric, version, BigDecimal.valueOf(facts.stuckDeals()), null,
                    "In one stage for " + stuckAge() + " days or more");
            case ENGAGEMENT_SCORE -> new FigureValue(metric, version, engagement(), null, engagementInputs());
            case PORTAL_LOGINS -> new FigureValue(metric, version, BigDecimal.valueOf(facts.portalLogins()), null, null);
            case DEAL_REGISTRATION_VELOCITY -> new FigureValue(metric, version,
                    divide(BigDecimal.valueOf(facts.registrationDaysTotal()), facts.registrations(), 1), null,
                    deals(facts.registrations()) + " registered");
            case ENABLEMENT_COMPLETION -> new FigureValue(metric, version, enablement(), null,
                    facts.enablementCompleted() + " of " + facts.enablementEnrolled() + " enrolments completed");
            case INTEGRATION_ADOPTION -> new FigureValue(metric, version, BigDecimal.valueOf(facts.integrationLive()),
                    null, "Joint customers live on the integration");
            case TIME_TO_FIRST_VALUE -> new FigureValue(metric, version,
                    divide(BigDecimal.valueOf(facts.firstValueDaysTotal()), facts.firstValueCustomers(), 1), null,
                    facts.firstValueCustomers() + " new joint customers reached first value");
            case CO_SELL_ACTIVITIES -> new FigureValue(metric, version,
                    BigDecimal.valueOf(facts.coSellActivities()), null, null);
        };
    }

    /** Sourced won amount plus the influenced won amount times the influenced weight. */
    BigDecimal revenue() {
        return attributed(facts.wonSourcedAmount(), facts.wonInfluencedAmount());
    }

    BigDecimal previousRevenue() {
        return attributed(facts.previousWonSourcedAmount(), facts.previousWonInfluencedAmount());
    }

    private BigDecimal attributed(BigDecimal sourced, BigDecimal influenced) {
        BigDecimal weight = definitions.parameter(Metric.ATTRIBUTED_REVENUE);
        return sourced.add(influenced.multiply(weight)).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal growth() {
        BigDecimal previous = previousRevenue();
        if (previous.signum() <= 0) {
            return null;
        }
        return revenue().subtract(previous).divide(previous, 4, RoundingMode.HALF_UP);
    }

    BigDecimal coverage() {
        BigDecimal target = facts.nextQuarterTarget();
        if (target == null || target.signum() <= 0) {
            return null;
        }
        return facts.openAmount().divide(target, 2, RoundingMode.HALF_UP);
    }

    BigDecimal coverageFloor() {
        return definitions.parameter(Metric.PIPELINE_COVERAGE);
    }

    BigDecimal winRate() {
        return divide(BigDecimal.valueOf(facts.wonCount()), facts.wonCount() + facts.lostCount(), 4);
    }

    BigDecimal previousWinRate() {
        return divide(BigDecimal.valueOf(facts.previousWonCount()),
                facts.previousWonCount() + facts.previousLostCount(), 4);
    }

    BigDecimal enablement() {
        return divide(BigDecimal.valueOf(facts.enablementCompleted()), facts.enablementEnrolled(), 4);
    }

    /**
     * 30 x min(logins / 12, 1) + 30 x min(registrations / 3, 1) + 20 x enablement + 20 x min(co-sell / 2, 1)
     * + {@value #PROGRAM_REVIEW_POINTS} x program reviews attended, at most 100.
     */
    BigDecimal engagement() {
        BigDecimal logins = capped(facts.portalLogins(), 12).multiply(BigDecimal.valueOf(30));
        BigDecimal registrations = capped(facts.registrations(), 3).multiply(BigDecimal.valueOf(30));
        BigDecimal enablement = enablement() == null ? BigDecimal.ZERO : enablement().multiply(BigDecimal.valueOf(20));
        BigDecimal coSell = capped(facts.coSellActivities(), 2).multiply(BigDecimal.valueOf(20));
        BigDecimal reviews = BigDecimal.valueOf(PROGRAM_REVIEW_POINTS * facts.programReviewsAttended());
        return logins.add(registrations).add(enablement).add(coSell).add(reviews).min(HUNDRED)
                .setScale(1, RoundingMode.HALF_UP);
    }

    BigDecimal healthScore() {
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        BigDecimal target = facts.revenueTarget();
        if (target != null && target.signum() > 0) {
            weighted = weighted.add(min1(revenue().divide(target, 6, RoundingMode.HALF_UP))
                    .multiply(BigDecimal.valueOf(REVENUE_WEIGHT)));
            weights += REVENUE_WEIGHT;
        }
        BigDecimal coverage = coverage();
        if (coverage != null && coverageFloor().signum() > 0) {
            weighted = weighted.add(min1(coverage.divide(coverageFloor(), 6, RoundingMode.HALF_UP))
                    .multiply(BigDecimal.valueOf(COVERAGE_WEIGHT)));
            weights += COVERAGE_WEIGHT;
        }
        weighted = weighted.add(engagement().divide(HUNDRED, 6, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(ENGAGEMENT_WEIGHT)));
        weights += ENGAGEMENT_WEIGHT;
        return weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }

    /** The flags the data raises, each in a plain sentence, concerns first. */
    List<TalkingPoint> talkingPoints() {
        List<TalkingPoint> points = new ArrayList<>();
        BigDecimal target = facts.revenueTarget();
        if (target != null && target.signum() > 0
                && revenue().compareTo(target.multiply(BELOW_TARGET_SHARE)) < 0) {
            points.add(new TalkingPoint(Flag.BELOW_TARGET, "Revenue at "
                    + percent(revenue().divide(target, 4, RoundingMode.HALF_UP)) + " of target ("
                    + money(revenue(), currency) + " of " + money(target, currency) + ")."));
        }
        BigDecimal growth = growth();
        if (growth != null && growth.compareTo(NOTABLE_GROWTH.negate()) <= 0) {
            points.add(new TalkingPoint(Flag.REVENUE_DROP, "Revenue down " + percent(growth.negate()) + " QoQ ("
                    + money(previousRevenue(), currency) + " to " + money(revenue(), currency) + ")."));
        }
        BigDecimal winRate = winRate();
        BigDecimal previousWinRate = previousWinRate();
        if (winRate != null && previousWinRate != null
                && facts.wonCount() + facts.lostCount() >= WIN_RATE_MIN_CLOSED
                && facts.previousWonCount() + facts.previousLostCount() >= WIN_RATE_MIN_CLOSED
                && previousWinRate.subtract(winRate).compareTo(WIN_RATE_FALL) >= 0) {
            points.add(new TalkingPoint(Flag.WIN_RATE_DROP, "Win rate fell from " + percent(previousWinRate) + " to "
                    + percent(winRate) + "."));
        }
        BigDecimal coverage = coverage();
        if (coverage != null && coverage.compareTo(coverageFloor()) < 0) {
            points.add(new TalkingPoint(Flag.LOW_COVERAGE, "Coverage " + FigureFormat.format(MetricUnit.RATIO, coverage,
                    currency) + " — below " + FigureFormat.format(MetricUnit.RATIO, coverageFloor(), currency) + "."));
        }
        if (facts.stuckDeals() > 0) {
            points.add(new TalkingPoint(Flag.STUCK_DEALS, facts.stuckDeals() + (facts.stuckDeals() == 1 ? " deal" : " deals")
                    + " stuck ≥ " + stuckAge() + " days."));
        }
        BigDecimal won = facts.wonAmount();
        if (facts.wonCount() >= 2 && won.signum() > 0
                && facts.largestWonAmount().compareTo(won.multiply(WHALE_SHARE)) >= 0) {
            points.add(new TalkingPoint(Flag.WHALE_DEAL, "One deal is " + percent(facts.largestWonAmount().divide(won, 4,
                    RoundingMode.HALF_UP)) + " of the quarter's won revenue (" + money(facts.largestWonAmount(), currency)
                    + " of " + money(won, currency) + ")."));
        }
        if (growth != null && growth.compareTo(NOTABLE_GROWTH) >= 0) {
            points.add(new TalkingPoint(Flag.REVENUE_UP, "Revenue up " + percent(growth) + " QoQ ("
                    + money(previousRevenue(), currency) + " to " + money(revenue(), currency) + ")."));
        }
        return points;
    }

    private int stuckAge() {
        return definitions.parameter(Metric.STUCK_DEALS).intValue();
    }

    /**
     * The open deals by the stage they were in, adding up to the count: "6 open deals: Qualify 3 ·
     * Develop 0 · Propose 2 · Negotiate 0 · 1 whose stage then is not known (it has moved on since)".
     * Only a deal's current stage is kept, so a deal of a past quarter that has moved since is counted apart.
     */
    private String byStage() {
        long total = facts.openMovedSince();
        StringBuilder stages = new StringBuilder();
        for (DealStage stage : DealStage.values()) {
            if (stage.isOpen()) {
                long count = facts.openByStage().getOrDefault(stage, 0L);
                total += count;
                stages.append(stages.length() == 0 ? "" : " · ").append(stage.getLabel()).append(' ').append(count);
            }
        }
        long moved = facts.openMovedSince();
        return deals(total).replace("deal", "open deal") + ": " + stages + (moved == 0 ? "" : " · " + moved
                + " whose stage then is not known (" + (moved == 1 ? "it has" : "they have") + " moved on since)");
    }

    private String engagementInputs() {
        return facts.portalLogins() + " logins · " + deals(facts.registrations()) + " registered"
                + (facts.registrations() == 0 ? "" : " (avg " + FigureFormat.format(MetricUnit.DAYS,
                divide(BigDecimal.valueOf(facts.registrationDaysTotal()), facts.registrations(), 1), currency)
                + " from identified)")
                + " · " + facts.coSellActivities() + " co-sell · enablement "
                + (enablement() == null ? "n/a" : percent(enablement()))
                + (facts.programReviewsAttended() == 0 ? "" : " · " + facts.programReviewsAttended()
                + (facts.programReviewsAttended() == 1 ? " program review" : " program reviews") + " attended");
    }

    private String influencedWeightNote() {
        BigDecimal weight = definitions.parameter(Metric.ATTRIBUTED_REVENUE);
        return weight.compareTo(BigDecimal.ONE) == 0 ? "" : ", influenced counted at " + percent(weight);
    }

    private static String deals(long count) {
        return count + (count == 1 ? " deal" : " deals");
    }

    private static BigDecimal capped(long count, long full) {
        return BigDecimal.valueOf(Math.min(count, full)).divide(BigDecimal.valueOf(full), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal min1(BigDecimal value) {
        return value.min(BigDecimal.ONE);
    }

    private static BigDecimal divide(BigDecimal amount, long count, int scale) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }
}

package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.deal.DealStage;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the program data says about one partner in one quarter (and, for comparisons, the
 * quarter before): the aggregates a scorecard is computed from. Built by the refresh from
 * set-based queries, or by hand in tests.
 */
public record PartnerQuarterFacts(
        BigDecimal wonSourcedAmount, long wonSourcedCount,
        BigDecimal wonInfluencedAmount, long wonInfluencedCount,
        BigDecimal largestWonAmount, long lostCount,
        BigDecimal previousWonSourcedAmount, BigDecimal previousWonInfluencedAmount,
        long previousWonCount, long previousLostCount,
        BigDecimal openAmount, Map<DealStage, Long> openByStage, long openMovedSince,
        long daysInStageTotal, long daysInStageDeals, long stuckDeals,
        BigDecimal revenueTarget, BigDecimal nextQuarterTarget,
        BigDecimal commission, long portalLogins,
        long registrations, long registrationDaysTotal,
        long enablementEnrolled, long enablementCompleted,
        long coSellActivities, long integrationLive,
        long firstValueCustomers, long firstValueDaysTotal,
        long programReviewsAttended) {

    public PartnerQuarterFacts {
        openByStage = openByStage.isEmpty() ? new EnumMap<>(DealStage.class) : new EnumMap<>(openByStage);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long wonCount() {
        return wonSourcedCount + wonInfluencedCount;
    }

    public BigDecimal wonAmount() {
        return wonSourcedAmount.add(wonInfluencedAmount);
    }

    /** A partner with no data at all in the quarter. */
    public static PartnerQuarterFacts none() {
        return builder().build();
    }

    /** Fills the facts one by one; anything not set is zero, or null for targets. */
    public static final class Builder {
        private BigDecimal wonSourcedAmount = BigDecimal.ZERO;
        private long wonSourcedCount;
        private BigDecimal wonInfluencedAmount = BigDecimal.ZERO;
        private long wonInfluencedCount;
        private BigDecimal largestWonAmount = BigDecimal.ZERO;
        private long lostCount;
        private BigDecimal previousWonSourcedAmount = BigDecimal.ZERO;
        private BigDecimal previousWonInfluencedAmount = BigDecimal.ZERO;
        private long previousWonCount;
        private long previousLostCount;
        private BigDecimal openAmount = BigDecimal.ZERO;
        private final Map<DealStage, Long> openByStage = new EnumMap<>(DealStage.class);
        private long openMovedSince;
        private long daysInStageTotal;
        private long daysInStageDeals;
        private long stuckDeals;
        private BigDecimal revenueTarget;
        private BigDecimal nextQuarterTarget;
        private BigDecimal commission = BigDecimal.ZERO;
        private long portalLogins;
        private long registrations;
        private long registrationDaysTotal;
        private long enablementEnrolled;
        private long enablementCompleted;
        private long coSellActivities;
        private long integrationLive;
        private long firstValueCustomers;
        private long firstValueDaysTotal;
        private long programReviewsAttended;

        public Builder won(BigDecimal sourcedAmount, long sourcedCount, BigDecimal influencedAmount, long influencedCount,
                           BigDecimal largest) {
            wonSourcedAmount = sourcedAmount;
            wonSourcedCount = sourcedCount;
            wonInfluencedAmount = influencedAmount;
            wonInfluencedCount = influencedCount;
            largestWonAmount = largest;
            return this;
        }

        public Builder lost(long count) {
            lostCount = count;
            return this;
        }

        public Builder previousQuarter(BigDecimal sourcedAmount, BigDecimal influencedAmount, long won, long lost) {
            previousWonSourcedAmount = sourcedAmount;
            previousWonInfluencedAmount = influencedAmount;
            previousWonCount = won;
            previousLostCount = lost;
            return this;
        }

        public Builder open(BigDecimal amount, Map<DealStage, Long> byStage, long movedSince) {
            openAmount = amount;
            openByStage.putAll(byStage);
            openMovedSince = movedSince;
            return this;
        }

        public Builder daysInStage(long totalDays, long deals, long stuck) {
            daysInStageTotal = totalDays;
            daysInStageDeals = deals;
            stuckDeals = stuck;
            return this;
        }

        public Builder stuck(long deals) {
            stuckDeals = deals;
            return this;
        }

        public Builder targets(BigDecimal thisQuarter, BigDecimal nextQuarter) {
            revenueTarget = thisQuarter;
            nextQuarterTarget = nextQuarter;
            return this;
        }

        public Builder commission(BigDecimal amount) {
            commission = amount;
            return this;
        }

        public Builder portalLogins(long count) {
            portalLogins = count;
            return this;
        }

        public Builder registrations(long count, long totalDays) {
            registrations = count;
            registrationDaysTotal = totalDays;
            return this;
        }

        public Builder enablement(long enrolled, long completed) {
            enablementEnrolled = enrolled;
            enablementCompleted = completed;
            return this;
        }

        public Builder coSell(long count) {
            coSellActivities = count;
            return this;
        }

        public Builder jointCustomers(long live, long reachedFirstValue, long firstValueDays) {
            integrationLive = live;
            firstValueCustomers = reachedFirstValue;
            firstValueDaysTotal = firstValueDays;
            return this;
        }

        /** The program review sessions (the tail's group webinars) the partner attended in the quarter. */
        public Builder programReviewsAttended(long count) {
            programReviewsAttended = count;
            return this;
        }

        public PartnerQuarterFacts build() {
            return new PartnerQuarterFacts(wonSourcedAmount, wonSourcedCount, wonInfluencedAmount, wonInfluencedCount,
                    largestWonAmount, lostCount, previousWonSourcedAmount, previousWonInfluencedAmount,
                    previousWonCount, previousLostCount, openAmount, openByStage, openMovedSince, daysInStageTotal,
                    daysInStageDeals, stuckDeals, revenueTarget, nextQuarterTarget, commission, portalLogins,
                    registrations, registrationDaysTotal, enablementEnrolled, enablementCompleted, coSellActivities,
                    integrationLive, firstValueCustomers, firstValueDaysTotal, programReviewsAttended);
        }
    }
}

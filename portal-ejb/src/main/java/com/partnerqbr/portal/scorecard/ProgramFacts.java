package com.partnerqbr.portal.scorecard;

import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.IN_STAGE_SINCE_DAYS;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.LARGEST_WON;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.LOST;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.OPEN;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.OPEN_AMOUNT;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.PREVIOUS_LOST;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.PREVIOUS_WON;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.PREVIOUS_WON_INFLUENCED_AMOUNT;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.PREVIOUS_WON_SOURCED_AMOUNT;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.REGISTERED;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.REGISTRATION_DAYS;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.WON_INFLUENCED;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.WON_INFLUENCED_AMOUNT;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.WON_SOURCED;
import static com.partnerqbr.portal.scorecard.DealTotals.Aggregate.WON_SOURCED_AMOUNT;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.DealTotals.Aggregate;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads one quarter's facts for every partner of the vendor in a handful of set-based
 * queries (passes over the deals, stuck deals included, each over a range of deal ids; one
 * query per smaller table), never one query per partner. Runs inside service calls, so the
 * tenant's predicate is on every query; {@link ScorecardService#refresh} runs the passes and
 * the smaller tables' queries at once, through {@link QuarterFacts}.
 */
final class ProgramFacts {

    /** MariaDB's TO_DAYS of 1970-01-01: TO_DAYS(d) = d.toEpochDay() + this. */
    private static final long TO_DAYS_EPOCH = 719_528;

    private static final List<DealStage> OPEN_STAGES = List.of(DealStage.QUALIFY, DealStage.DEVELOP,
            DealStage.PROPOSE, DealStage.NEGOTIATE);

    private final EntityManager em;
    private final Quarter quarter;
    private final LocalDate asOf;
    private final Map<Long, PartnerQuarterFacts.Builder> builders = new HashMap<>();

    private ProgramFacts(EntityManager em, Quarter quarter, LocalDate today) {
        this.em = em;
        this.quarter = quarter;
        this.asOf = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
    }

    /** The stuck-deal ages in use: each partner's agreed age and the default. */
    static List<Integer> stuckAges(int defaultStuckAge, Map<Long, Integer> stuckAgeByPartner) {
        List<Integer> ages = new ArrayList<>(new TreeSet<>(stuckAgeByPartner.values()));
        if (!ages.contains(defaultStuckAge)) {
            ages.add(defaultStuckAge);
        }
        return ages;
    }

    /**
     * The vendor's deals split into {@code parts} ranges of ids for passes that run at once:
     * {from, to} pairs covering its first to its last deal id (none without deals). Both ends
     * come from the index on the vendor (V7), one lookup each.
     */
    static List<long[]> dealIdRanges(EntityManager em, int parts) {
        Object[] ends = em.createQuery("SELECT MIN(d.id), MAX(d.id) FROM Deal d", Object[].class).getSingleResult();
        if (ends[0] == null) {
            return List.of();
        }
        long from = (Long) ends[0];
        long to = (Long) ends[1];
        List<long[]> ranges = new ArrayList<>();
        long size = (to - from) / parts + 1;
        for (long start = from; start <= to; start += size) {
            ranges.add(new long[] {start, Math.min(to, start + size - 1)});
        }
        return ranges;
    }

    /** One pass over the deals with ids in a range: a row per partner (see {@link #deals}). */
    static List<DealTotals> dealPass(EntityManager em, Quarter quarter, LocalDate today, List<Integer> ages,
                                   long[] idRange) {
        return new ProgramFacts(em, quarter, today).deals(ages, idRange);
    }

    /**
     * Every partner's facts: the smaller tables' ({@link #besidesDeals}) and the deal passes'
     * rows, a partner's rows of several passes added up.
     *
     * @param ages the stuck-deal ages the passes counted, in their column order ({@link #stuckAges})
     * @param stuckAgeByPartner the stuck-deal age in force per partner (days); partners not in it use {@code defaultStuckAge}
     */
    static Map<Long, PartnerQuarterFacts.Builder> combine(Quarter quarter, LocalDate today,
                                                           Map<Long, PartnerQuarterFacts.Builder> besidesDeals,
                                                           List<List<DealTotals>> dealPasses, List<Integer> ages,
                                                           int defaultStuckAge, Map<Long, Integer> stuckAgeByPartner) {
        ProgramFacts facts = new ProgramFacts(null, quarter, today);
        facts.builders.putAll(besidesDeals);
        Map<Long, DealTotals> byPartner = new HashMap<>();
        for (List<DealTotals> pass : dealPasses) {
            for (DealTotals row : pass) {
                byPartner.merge(row.partnerId(), row, DealTotals::plus);
            }
        }
        facts.apply(byPartner.values(), ages, defaultStuckAge, stuckAgeByPartner);
        return facts.builders;
    }

    /**
     * Every partner's facts from the smaller tables: targets, commissions, logins, program reviews
     * attended, enablement, co-sell, joint customers.
     */
    static Map<Long, PartnerQuarterFacts.Builder> besidesDeals(EntityManager em, Quarter quarter, LocalDate today) {
        ProgramFacts facts = new ProgramFacts(em, quarter, today);
        facts.targets();
        facts.commissions();
        facts.logins();
        facts.programReviewsAttended();
        facts.enablement();
        facts.coSell();
        facts.jointCustomers();
        return facts.builders;
    }

    /** The day the open pipeline is read at: the quarter's last day, or today for the current quarter. */
    LocalDate asOf() {
        return asOf;
    }

    private PartnerQuarterFacts.Builder of(Object partnerId) {
        return builders.computeIfAbsent((Long) partnerId, id -> PartnerQuarterFacts.builder());
    }

    /**
     * A pass over the deals with ids in a range, a row per partner. Stuck deals are counted
     * in it too, one column per stuck-deal age in use (partners may have agreed to different
     * ages); each partner takes the column of its own age. A stuck deal is open, so always
     * among the rows of the pass.
     */
    private List<DealTotals> deals(List<Integer> ages, long[] idRange) {
        StringBuilder jpql = new StringBuilder("SELECT d.partnerId");
        for (Aggregate aggregate : Aggregate.values()) {
            jpql.append(", ").append(expression(aggregate));
        }
        for (int i = 0; i < ages.size(); i++) {
            sum(jpql, "d.closedOn IS NULL AND d.createdOn <= :asOf AND d.stageEnteredOn <= :stuckSince" + i, "1");
        }
        jpql.append(" FROM Deal d WHERE d.id BETWEEN :fromId AND :toId")
                .append(" AND d.createdOn <= :qe AND (d.closedOn IS NULL OR d.closedOn >= :ps) GROUP BY d.partnerId");
        var query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("won", DealStage.WON).setParameter("lost", DealStage.LOST)
                .setParameter("sourced", DealOrigin.SOURCED).setParameter("influenced", DealOrigin.INFLUENCED)
                .setParameter("qs", quarter.firstDay()).setParameter("qe", quarter.lastDay())
                .setParameter("ps", quarter.previous().firstDay()).setParameter("pe", quarter.previous().lastDay())
                .setParameter("asOf", asOf).setParameter("fromId", idRange[0]).setParameter("toId", idRange[1]);
        for (DealStage stage : OPEN_STAGES) {
            query.setParameter(stage.name().toLowerCase(), stage);
        }
        for (int i = 0; i < ages.size(); i++) {
            query.setParameter("stuckSince" + i, asOf.minusDays(ages.get(i)));
        }
        return query.getResultList().stream().map(DealTotals::of).toList();
    }

    /** The JPQL of one aggregate of the deal pass. */
    private static String expression(Aggregate aggregate) {
        String won = "d.stage = :won AND d.closedOn BETWEEN :qs AND :qe";
        String prevWon = "d.stage = :won AND d.closedOn BETWEEN :ps AND :pe";
        String openAtAsOf = "d.createdOn <= :asOf AND (d.closedOn IS NULL OR d.closedOn > :asOf)";
        String inCurrentStage = "d.closedOn IS NULL AND d.createdOn <= :asOf AND d.stageEnteredOn <= :asOf";
        return switch (aggregate) {
            case WON_SOURCED_AMOUNT -> sum(won + " AND d.origin = :sourced", "d.amount");
            case WON_SOURCED -> sum(won + " AND d.origin = :sourced", "1");
            case WON_INFLUENCED_AMOUNT -> sum(won + " AND d.origin = :influenced", "d.amount");
            case WON_INFLUENCED -> sum(won + " AND d.origin = :influenced", "1");
            case LARGEST_WON -> "MAX(CASE WHEN " + won + " THEN d.amount ELSE 0 END)";
            case LOST -> sum("d.stage = :lost AND d.closedOn BETWEEN :qs AND :qe", "1");
            case PREVIOUS_WON_SOURCED_AMOUNT -> sum(prevWon + " AND d.origin = :sourced", "d.amount");
            case PREVIOUS_WON_INFLUENCED_AMOUNT -> sum(prevWon + " AND d.origin = :influenced", "d.amount");
            case PREVIOUS_WON -> sum(prevWon, "1");
            case PREVIOUS_LOST -> sum("d.stage = :lost AND d.closedOn BETWEEN :ps AND :pe", "1");
            case OPEN_AMOUNT -> sum(openAtAsOf, "d.amount");
            case OPEN -> sum(openAtAsOf, "1");
            case IN_QUALIFY, IN_DEVELOP, IN_PROPOSE, IN_NEGOTIATE ->
                    sum(inCurrentStage + " AND d.stage = :" + aggregate.name().substring(3).toLowerCase(), "1");
            case IN_STAGE_SINCE_DAYS -> sum(inCurrentStage, "FUNCTION('TO_DAYS', d.stageEnteredOn)");
            case REGISTERED -> sum("d.registeredOn BETWEEN :qs AND :qe", "1");
            case REGISTRATION_DAYS ->
                    sum("d.registeredOn BETWEEN :qs AND :qe", "FUNCTION('DATEDIFF', d.registeredOn, d.identifiedOn)");
        };
    }

    /** Adds the rows of the deal pass to the partners' facts; each partner takes the stuck deals of its age. */
    private void apply(Collection<DealTotals> deals, List<Integer> ages, int defaultStuckAge,
                       Map<Long, Integer> stuckAgeByPartner) {
        for (DealTotals row : deals) {
            PartnerQuarterFacts.Builder facts = of(row.partnerId());
            facts.won(row.money(WON_SOURCED_AMOUNT), row.count(WON_SOURCED), row.money(WON_INFLUENCED_AMOUNT),
                    row.count(WON_INFLUENCED), row.money(LARGEST_WON));
            facts.lost(row.count(LOST));
            facts.previousQuarter(row.money(PREVIOUS_WON_SOURCED_AMOUNT), row.money(PREVIOUS_WON_INFLUENCED_AMOUNT),
                    row.count(PREVIOUS_WON), row.count(PREVIOUS_LOST));
            Map<DealStage, Long> byStage = new EnumMap<>(DealStage.class);
            long inStage = 0;
            for (DealStage stage : OPEN_STAGES) {
                long n = row.count(Aggregate.inStage(stage));
                byStage.put(stage, n);
                inStage += n;
            }
            facts.open(row.money(OPEN_AMOUNT), byStage, row.count(OPEN) - inStage);
            long daysTotal = inStage * (asOf.toEpochDay() + TO_DAYS_EPOCH) - row.count(IN_STAGE_SINCE_DAYS);
            facts.daysInStage(daysTotal, inStage, 0);
            facts.registrations(row.count(REGISTERED), row.count(REGISTRATION_DAYS));
            facts.stuck(row.stuck(ages, stuckAgeByPartner.getOrDefault(row.partnerId(), defaultStuckAge)));
        }
    }

    private void targets() {
        Map<Long, BigDecimal[]> targets = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.partnerId, t.quarter, t.revenueTarget FROM QuarterlyTarget t"
                        + " WHERE t.quarter = :q OR t.quarter = :next", Object[].class)
                .setParameter("q", quarter).setParameter("next", quarter.next()).getResultList()) {
            BigDecimal[] pair = targets.computeIfAbsent((Long) row[0], id -> new BigDecimal[2]);
            pair[quarter.equals(row[1]) ? 0 : 1] = (BigDecimal) row[2];
        }
        targets.forEach((partner, pair) -> of(partner).targets(pair[0], pair[1]));
    }

    private void commissions() {
        eachRow("SELECT c.partnerId, SUM(c.amount) FROM Commission c WHERE c.earnedOn BETWEEN :qs AND :qe"
                + " GROUP BY c.partnerId", row -> of(row[0]).commission(money(row[1])));
    }

    private void logins() {
        List<Object[]> rows = em.createQuery("SELECT l.partnerId, COUNT(l) FROM PortalLogin l"
                        + " WHERE l.signedInAt >= :from AND l.signedInAt < :to GROUP BY l.partnerId", Object[].class)
                .setParameter("from", quarterStart(quarter)).setParameter("to", quarterStart(quarter.next()))
                .getResultList();
        rows.forEach(row -> of(row[0]).portalLogins(count(row[1])));
    }

    private void programReviewsAttended() {
        List<Object[]> rows = em.createQuery("SELECT a.partnerId, COUNT(a) FROM ProgramReviewAttendance a"
                        + " WHERE a.attended = TRUE AND a.heldAt >= :from AND a.heldAt < :to GROUP BY a.partnerId",
                        Object[].class)
                .setParameter("from", quarterStart(quarter)).setParameter("to", quarterStart(quarter.next()))
                .getResultList();
        rows.forEach(row -> of(row[0]).programReviewsAttended(count(row[1])));
    }

    private void enablement() {
        eachRow("SELECT e.partnerId, COUNT(e), SUM(CASE WHEN e.completedOn <= :qe THEN 1 ELSE 0 END)"
                        + " FROM EnablementRecord e WHERE e.enrolledOn <= :qe GROUP BY e.partnerId",
                row -> of(row[0]).enablement(count(row[1]), count(row[2])));
    }

    private void coSell() {
        eachRow("SELECT a.partnerId, COUNT(a) FROM CoSellActivity a WHERE a.occurredOn BETWEEN :qs AND :qe"
                + " GROUP BY a.partnerId", row -> of(row[0]).coSell(count(row[1])));
    }

    private void jointCustomers() {
        eachRow("SELECT j.partnerId, SUM(CASE WHEN j.integrationLiveOn <= :qe THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN j.firstValueOn BETWEEN :qs AND :qe THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN j.firstValueOn BETWEEN :qs AND :qe"
                        + " THEN FUNCTION('DATEDIFF', j.firstValueOn, j.signedOn) ELSE 0 END)"
                        + " FROM JointCustomer j WHERE j.signedOn <= :qe GROUP BY j.partnerId",
                row -> of(row[0]).jointCustomers(count(row[1]), count(row[2]), count(row[3])));
    }

    /** The first moment of a quarter, UTC: the bound of the facts kept as moments (sign-ins, sessions held). */
    private static Instant quarterStart(Quarter q) {
        return q.firstDay().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC);
    }

    private void eachRow(String jpql, Consumer<Object[]> consumer) {
        var query = em.createQuery(jpql, Object[].class);
        if (jpql.contains(":qs")) {
            query.setParameter("qs", quarter.firstDay());
        }
        query.setParameter("qe", quarter.lastDay());
        query.getResultList().forEach(consumer);
    }

    private static void sum(StringBuilder jpql, String condition, String value) {
        jpql.append(", ").append(sum(condition, value));
    }

    private static String sum(String condition, String value) {
        return "SUM(CASE WHEN " + condition + " THEN " + value + " ELSE 0 END)";
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

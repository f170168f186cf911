package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Quarter;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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

    /** The column of the deal pass holding the largest won deal (a maximum; every other column is a sum). */
    private static final int LARGEST_WON = 5;

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
    static List<Object[]> dealPass(EntityManager em, Quarter quarter, LocalDate today, List<Integer> ages,
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
                                                           List<List<Object[]>> dealPasses, List<Integer> ages,
                                                           int defaultStuckAge, Map<Long, Integer> stuckAgeByPartner) {
        ProgramFacts facts = new ProgramFacts(null, quarter, today);
        facts.builders.putAll(besidesDeals);
        Map<Long, Object[]> byPartner = new HashMap<>();
        for (List<Object[]> pass : dealPasses) {
            for (Object[] row : pass) {
                byPartner.merge((Long) row[0], row, ProgramFacts::added);
            }
        }
        facts.apply(byPartner.values(), ages, defaultStuckAge, stuckAgeByPartner);
        return facts.builders;
    }

    /** Two deal-pass rows of one partner as one: every column a sum, but the largest won deal the larger. */
    private static Object[] added(Object[] a, Object[] b) {
        Object[] sum = new Object[a.length];
        sum[0] = a[0];
        for (int i = 1; i < a.length; i++) {
            BigDecimal x = money(a[i]);
            BigDecimal y = money(b[i]);
            sum[i] = i == LARGEST_WON ? x.max(y) : x.add(y);
        }
        return sum;
    }

    /** Every partner's facts from the smaller tables: targets, commissions, logins, enablement, co-sell, joint customers. */
    static Map<Long, PartnerQuarterFacts.Builder> besidesDeals(EntityManager em, Quarter quarter, LocalDate today) {
        ProgramFacts facts = new ProgramFacts(em, quarter, today);
        facts.targets();
        facts.commissions();
        facts.logins();
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
    private List<Object[]> deals(List<Integer> ages, long[] idRange) {
        StringBuilder jpql = new StringBuilder("SELECT d.partnerId");
        String won = "d.stage = :won AND d.closedOn BETWEEN :qs AND :qe";
        String prevWon = "d.stage = :won AND d.closedOn BETWEEN :ps AND :pe";
        String openAtAsOf = "d.createdOn <= :asOf AND (d.closedOn IS NULL OR d.closedOn > :asOf)";
        String inCurrentStage = "d.closedOn IS NULL AND d.createdOn <= :asOf AND d.stageEnteredOn <= :asOf";
        sum(jpql, won + " AND d.origin = :sourced", "d.amount");
        sum(jpql, won + " AND d.origin = :sourced", "1");
        sum(jpql, won + " AND d.origin = :influenced", "d.amount");
        sum(jpql, won + " AND d.origin = :influenced", "1");
        jpql.append(", MAX(CASE WHEN ").append(won).append(" THEN d.amount ELSE 0 END)");
        sum(jpql, "d.stage = :lost AND d.closedOn BETWEEN :qs AND :qe", "1");
        sum(jpql, prevWon + " AND d.origin = :sourced", "d.amount");
        sum(jpql, prevWon + " AND d.origin = :influenced", "d.amount");
        sum(jpql, prevWon, "1");
        sum(jpql, "d.stage = :lost AND d.closedOn BETWEEN :ps AND :pe", "1");
        sum(jpql, openAtAsOf, "d.amount");
        sum(jpql, openAtAsOf, "1");
        for (DealStage stage : OPEN_STAGES) {
            sum(jpql, inCurrentStage + " AND d.stage = :" + stage.name().toLowerCase(), "1");
        }
        sum(jpql, inCurrentStage, "FUNCTION('TO_DAYS', d.stageEnteredOn)");
        sum(jpql, "d.registeredOn BETWEEN :qs AND :qe", "1");
        sum(jpql, "d.registeredOn BETWEEN :qs AND :qe", "FUNCTION('DATEDIFF', d.registeredOn, d.identifiedOn)");
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
        return query.getResultList();
    }

    /** Adds the rows of the deal pass to the partners' facts; each partner takes the stuck-deal column of its age. */
    private void apply(Collection<Object[]> deals, List<Integer> ages, int defaultStuckAge,
                       Map<Long, Integer> stuckAgeByPartner) {
        for (Object[] row : deals) {
            PartnerQuarterFacts.Builder facts = of(row[0]);
            facts.won(money(row[1]), count(row[2]), money(row[3]), count(row[4]), money(row[LARGEST_WON]));
            facts.lost(count(row[6]));
            facts.previousQuarter(money(row[7]), money(row[8]), count(row[9]), count(row[10]));
            Map<DealStage, Long> byStage = new EnumMap<>(DealStage.class);
            long inStage = 0;
            for (int i = 0; i < OPEN_STAGES.size(); i++) {
                long n = count(row[13 + i]);
                byStage.put(OPEN_STAGES.get(i), n);
                inStage += n;
            }
            facts.open(money(row[11]), byStage, count(row[12]) - inStage);
            long daysTotal = inStage * (asOf.toEpochDay() + TO_DAYS_EPOCH) - count(row[17]);
            facts.daysInStage(daysTotal, inStage, 0);
            facts.registrations(count(row[18]), count(row[19]));
            int age = stuckAgeByPartner.getOrDefault((Long) row[0], defaultStuckAge);
            facts.stuck(count(row[20 + ages.indexOf(age)]));
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
                .setParameter("from", quarter.firstDay().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC))
                .setParameter("to", quarter.next().firstDay().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC))
                .getResultList();
        rows.forEach(row -> of(row[0]).portalLogins(count(row[1])));
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

    private void eachRow(String jpql, Consumer<Object[]> consumer) {
        var query = em.createQuery(jpql, Object[].class);
        if (jpql.contains(":qs")) {
            query.setParameter("qs", quarter.firstDay());
        }
        query.setParameter("qe", quarter.lastDay());
        query.getResultList().forEach(consumer);
    }

    private static void sum(StringBuilder jpql, String condition, String value) {
        jpql.append(", SUM(CASE WHEN ").append(condition).append(" THEN ").append(value).append(" ELSE 0 END)");
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

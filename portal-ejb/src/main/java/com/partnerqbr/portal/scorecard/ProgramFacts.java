package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.program.Quarter;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one quarter's facts for every partner of the vendor in a handful of set-based
 * queries (one pass over the deals, stuck deals included, one per smaller table), never
 * one query per partner. Runs inside service calls, so the tenant's predicate is on
 * every query; the smaller tables are read by {@link QuarterFacts} while the deals are.
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

    /**
     * Every partner's facts: the pass over the deals read here, everything else by {@code
     * besidesDeals} (the result of {@link #besidesDeals}, read meanwhile on another thread).
     *
     * @param stuckAgeByPartner the stuck-deal age in force per partner (days); partners not in it use {@code defaultStuckAge}
     */
    static Map<Long, PartnerQuarterFacts.Builder> read(EntityManager em, Quarter quarter, LocalDate today,
                                                        int defaultStuckAge, Map<Long, Integer> stuckAgeByPartner,
                                                        Supplier<Map<Long, PartnerQuarterFacts.Builder>> besidesDeals) {
        ProgramFacts facts = new ProgramFacts(em, quarter, today);
        List<Integer> ages = new ArrayList<>(new TreeSet<>(stuckAgeByPartner.values()));
        if (!ages.contains(defaultStuckAge)) {
            ages.add(defaultStuckAge);
        }
        List<Object[]> deals = facts.deals(ages);
        facts.builders.putAll(besidesDeals.get());
        facts.apply(deals, ages, defaultStuckAge, stuckAgeByPartner);
        return facts.builders;
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
     * The one pass over the deals. Stuck deals are counted in it too, one column per
     * stuck-deal age in use (partners may have agreed to different ages); each partner takes
     * the column of its own age. A stuck deal is open, so always among the rows of the pass.
     */
    private List<Object[]> deals(List<Integer> ages) {
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
        jpql.append(" FROM Deal d WHERE d.createdOn <= :qe AND (d.closedOn IS NULL OR d.closedOn >= :ps)")
                .append(" GROUP BY d.partnerId");
        var query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("won", DealStage.WON).setParameter("lost", DealStage.LOST)
                .setParameter("sourced", DealOrigin.SOURCED).setParameter("influenced", DealOrigin.INFLUENCED)
                .setParameter("qs", quarter.firstDay()).setParameter("qe", quarter.lastDay())
                .setParameter("ps", quarter.previous().firstDay()).setParameter("pe", quarter.previous().lastDay())
                .setParameter("asOf", asOf);
        for (DealStage stage : OPEN_STAGES) {
            query.setParameter(stage.name().toLowerCase(), stage);
        }
        for (int i = 0; i < ages.size(); i++) {
            query.setParameter("stuckSince" + i, asOf.minusDays(ages.get(i)));
        }
        return query.getResultList();
    }

    /** Adds the rows of the deal pass to the partners' facts; each partner takes the stuck-deal column of its age. */
    private void apply(List<Object[]> deals, List<Integer> ages, int defaultStuckAge,
                       Map<Long, Integer> stuckAgeByPartner) {
        for (Object[] row : deals) {
            PartnerQuarterFacts.Builder facts = of(row[0]);
            facts.won(money(row[1]), count(row[2]), money(row[3]), count(row[4]), money(row[5]));
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

package com.partnerqbr.portal.it;

import com.partnerqbr.portal.cosell.CoSellKind;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.ScorecardTemplate;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.sessions.Session;

/**
 * The benchmark's data and its raw-SQL yardstick, deployed inside the services' EJB module.
 * It writes a whole vendor's program with batched JDBC inserts through the portal's data
 * source (every row carries the vendor's id; ids come from a block reserved on the table
 * generator the entities use), and reads the same per-partner aggregates the scorecard
 * refresh reads, as one SQL statement. Works outside any transaction: the load commits in
 * chunks, the read is one autocommit statement.
 */
@Stateless
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkProgram {

    /** Rows per JDBC batch, and rows per commit of the load. */
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    /** Ids reserved from the table generator at a time. */
    private static final int ID_BLOCK = 100_000;

    private static final PartnerType[] TYPES = weighted(Map.of(
            PartnerType.RESELLER, 35, PartnerType.REFERRAL, 15, PartnerType.IMPLEMENTATION, 15,
            PartnerType.TECHNOLOGY, 15, PartnerType.SUPPLIER, 8, PartnerType.CO_MARKETING, 4, PartnerType.OEM, 4,
            PartnerType.WHITE_LABEL, 2, PartnerType.JOINT_VENTURE, 2));
    private static final String[] REGIONS = {"EMEA", "North America", "LATAM", "APAC", "DACH", "Nordics"};
    private static final String[] VERTICALS = {"Healthcare", "Financial services", "Manufacturing", "Retail",
        "Public sector", "Education"};
    private static final String[] COURSES = {"Sales accreditation", "Solution architect certification",
        "Technical onboarding", "Pricing and packaging", "Implementation specialist certification"};
    private static final LossReason[] LOSS_REASONS = LossReason.values();
    private static final CoSellKind[] CO_SELL_KINDS = CoSellKind.values();
    private static final DealStage[] OPEN_STAGES = {DealStage.QUALIFY, DealStage.DEVELOP, DealStage.PROPOSE,
        DealStage.NEGOTIATE};

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "portal")
    private EntityManagerFactory portal;

    /** How many rows of each kind the load wrote. */
    public record Sizes(int partners, long deals, long wonDeals, long openDeals, long targets, long commissions,
                        long logins, long enablement, long coSell, long jointCustomers, long agreements) {
        public long rows() {
            return partners + deals + targets + commissions + logins + enablement + coSell + jointCustomers + agreements;
        }
    }

    /** One partner's aggregates for a quarter, as the raw statement returns them. */
    public record PartnerAggregate(long partnerId, PartnerType type, BigDecimal wonSourcedAmount, long wonSourced,
                                   BigDecimal wonInfluencedAmount, long wonInfluenced, BigDecimal largestWon, long lost,
                                   BigDecimal previousWonSourcedAmount, BigDecimal previousWonInfluencedAmount,
                                   long previousWon, long previousLost, BigDecimal openAmount, long open,
                                   long[] openByStage, long daysInStage, long stuck, long registrations,
                                   long registrationDays, BigDecimal revenueTarget, BigDecimal nextQuarterTarget,
                                   BigDecimal commission, long logins, long enrolled, long completed, long coSell,
                                   long integrationLive, long firstValue, long firstValueDays) {
    }

    /**
     * Writes a program for the vendor: partners of every type, deals created over the eight
     * quarters ending with today's (won, lost or still open, sourced or influenced), a revenue
     * target per partner and quarter (and the next one), commissions on most sourced wins,
     * portal logins, enablement, co-sell activities, joint customers of technology partners,
     * and one partner in ten agreeing to the given stuck-deal definition. The same arguments
     * always give the same rows.
     */
    public Sizes generate(String vendor, int partnerCount, int dealCount, LocalDate today, long stuckDefinitionId,
                          long seed) throws SQLException {
        Quarter current = Quarter.of(today);
        Quarter first = current.minus(7);
        LocalDate from = first.firstDay();
        int days = (int) ChronoUnit.DAYS.between(from, today) + 1;
        int[] dealsOf = dealsPerPartner(partnerCount, dealCount, new Random(seed));
        Ids ids = new Ids(dataSource);
        long[] partnerIds = new long[partnerCount];
        PartnerType[] types = new PartnerType[partnerCount];
        long won = 0;
        long open = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Rows rows = new Rows(c);
            Insert partners = rows.insert("INSERT INTO partner (id, vendor_id, version, code, name, type, region,"
                    + " joined_on) VALUES (?, ?, 1, ?, ?, ?, ?, ?)");
            for (int i = 0; i < partnerCount; i++) {
                Random random = new Random(seed * 7919 + i);
                partnerIds[i] = ids.next();
                types[i] = TYPES[random.nextInt(TYPES.length)];
                partners.row(partnerIds[i], vendor, code(i), "Benchmark partner " + code(i), types[i].name(),
                        REGIONS[random.nextInt(REGIONS.length)],
                        LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3_000)));
            }
            partners.flush();
            Insert deals = rows.insert("INSERT INTO deal (id, vendor_id, version, external_id, partner_id, customer,"
                    + " amount, currency, origin, stage, stage_entered_on, identified_on, registered_on, created_on,"
                    + " expected_close_on, closed_on, loss_reason, vertical) VALUES (?, ?, 1, ?, ?, ?, ?, 'USD', ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)");
            Insert targets = rows.insert("INSERT INTO quarterly_target (id, vendor_id, version, external_id, partner_id,"
                    + " quarter, revenue_target, currency) VALUES (?, ?, 1, ?, ?, ?, ?, 'USD')");
            Insert commissions = rows.insert("INSERT INTO commission (id, vendor_id, version, external_id, partner_id,"
                    + " deal_external_id, amount, currency, earned_on) VALUES (?, ?, 1, ?, ?, ?, ?, 'USD', ?)");
            Insert logins = rows.insert("INSERT INTO portal_login (id, vendor_id, version, partner_id, user_name,"
                    + " signed_in_at) VALUES (?, ?, 1, ?, ?, ?)");
            Insert enablement = rows.insert("INSERT INTO enablement_record (id, vendor_id, version, external_id,"
                    + " partner_id, person, course, certification, enrolled_on, completed_on)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)");
            Insert coSell = rows.insert("INSERT INTO cosell_activity (id, vendor_id, version, external_id, partner_id,"
                    + " kind, occurred_on) VALUES (?, ?, 1, ?, ?, ?, ?)");
            Insert jointCustomers = rows.insert("INSERT INTO joint_customer (id, vendor_id, version, external_id,"
                    + " partner_id, customer, signed_on, first_value_on, integration_live_on)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)");
            Insert agreements = rows.insert("INSERT INTO definition_agreement (id, vendor_id, version, partner_id,"
                    + " definition_id, status, decided_by, decided_at) VALUES (?, ?, 1, ?, ?, 'AGREED', ?, ?)");

            for (int i = 0; i < partnerCount; i++) {
                Random random = new Random(seed * 104_729 + i);
                long partner = partnerIds[i];
                String code = code(i);
                boolean technology = types[i].getScorecardTemplate() == ScorecardTemplate.TECHNOLOGY;
                double dealSize = 15_000 * Math.exp(0.7 * random.nextGaussian());
                double winRate = 0.2 + 0.4 * random.nextDouble();
                double sourcedShare = 0.3 + 0.6 * random.nextDouble();
                for (int k = 0; k < dealsOf[i]; k++) {
                    LocalDate created = from.plusDays(random.nextInt(days));
                    int cycle = 14 + (int) Math.min(350, -60 * Math.log(1 - random.nextDouble()));
                    LocalDate expectedClose = created.plusDays(cycle);
                    boolean sourced = random.nextDouble() < sourcedShare;
                    BigDecimal amount = BigDecimal.valueOf(Math.max(50_000, Math.round(dealSize
                            * Math.exp(0.6 * random.nextGaussian()) * 100)), 2);
                    LocalDate identified = created.minusDays(random.nextInt(31));
                    LocalDate registered = sourced ? random.nextDouble() < 0.9 ? created.plusDays(random.nextInt(8)) : null
                            : random.nextDouble() < 0.3 ? created.plusDays(random.nextInt(15)) : null;
                    if (registered != null && registered.isAfter(today)) {
                        registered = today;
                    }
                    DealStage stage;
                    LocalDate stageEntered;
                    LocalDate closed = null;
                    LossReason lossReason = null;
                    if (!expectedClose.isAfter(today) && random.nextDouble() >= 0.03) {
                        closed = expectedClose;
                        stage = random.nextDouble() < winRate ? DealStage.WON : DealStage.LOST;
                        stageEntered = closed;
                        if (stage == DealStage.LOST) {
                            lossReason = LOSS_REASONS[random.nextInt(LOSS_REASONS.length)];
                        }
                    } else if (expectedClose.isAfter(today)) {
                        // on its way: the stage follows the share of the cycle gone by
                        long gone = ChronoUnit.DAYS.between(created, today);
                        int step = (int) Math.min(3, gone * 4 / cycle);
                        stage = OPEN_STAGES[step];
                        stageEntered = created.plusDays((long) step * cycle / 4);
                    } else {
                        // past its expected close and still open: left in an early stage
                        stage = OPEN_STAGES[random.nextInt(3)];
                        stageEntered = created.plusDays(random.nextInt(Math.max(1, cycle / 3)));
                    }
                    String external = "d-" + code + "-" + k;
                    deals.row(ids.next(), vendor, external, partner, "Customer " + random.nextInt(200_000), amount,
                            sourced ? DealOrigin.SOURCED.name() : DealOrigin.INFLUENCED.name(), stage.name(),
                            stageEntered, identified, registered, created, expectedClose, closed,
                            lossReason == null ? null : lossReason.name(), VERTICALS[random.nextInt(VERTICALS.length)]);
                    if (stage == DealStage.WON) {
                        won++;
                        if (sourced && !technology && random.nextDouble() < 0.6) {
                            LocalDate earned = closed.plusDays(random.nextInt(21));
                            commissions.row(ids.next(), vendor, "c-" + external, partner, external,
                                    amount.multiply(BigDecimal.valueOf(8 + random.nextInt(5))).movePointLeft(2)
                                            .setScale(2, java.math.RoundingMode.HALF_UP),
                                    earned.isAfter(today) ? today : earned);
                        }
                    } else if (closed == null) {
                        open++;
                    }
                }
                double quarterly = dealsOf[i] / 7.7 * winRate * dealSize * 1.2;
                for (int q = 0; q <= 8; q++) {
                    Quarter quarter = first.plus(q);
                    long target = Math.max(1_000, Math.round(quarterly * (0.9 + 0.4 * random.nextDouble()) / 1_000) * 1_000);
                    targets.row(ids.next(), vendor, code + "/" + quarter, partner, quarter.toString(),
                            BigDecimal.valueOf(target));
                    if (q == 8) {
                        break;
                    }
                    int loginCount = (int) Math.min(30, Math.floor(Math.exp(0.8 + 0.9 * random.nextGaussian())));
                    int quarterDays = (int) ChronoUnit.DAYS.between(quarter.firstDay(), min(quarter.lastDay(), today)) + 1;
                    for (int l = 0; l < loginCount; l++) {
                        logins.row(ids.next(), vendor, partner, "user" + random.nextInt(5) + "@" + code,
                                LocalDateTime.of(quarter.firstDay().plusDays(random.nextInt(quarterDays)),
                                        LocalTime.ofSecondOfDay(random.nextInt(86_400))));
                    }
                    int activities = random.nextInt(4) == 0 ? 0 : random.nextInt(3);
                    for (int a = 0; a < activities; a++) {
                        coSell.row(ids.next(), vendor, "cs-" + code + "-" + quarter + "-" + a, partner,
                                CO_SELL_KINDS[random.nextInt(CO_SELL_KINDS.length)].name(),
                                quarter.firstDay().plusDays(random.nextInt(quarterDays)));
                    }
                }
                int courses = random.nextInt(7);
                for (int e = 0; e < courses; e++) {
                    LocalDate enrolled = from.plusDays(random.nextInt(days));
                    LocalDate completed = random.nextDouble() < 0.7 ? enrolled.plusDays(5 + random.nextInt(56)) : null;
                    enablement.row(ids.next(), vendor, "en-" + code + "-" + e, partner, "Person " + random.nextInt(50),
                            COURSES[random.nextInt(COURSES.length)], random.nextBoolean(), enrolled,
                            completed == null || completed.isAfter(today) ? null : completed);
                }
                if (technology) {
                    int customers = 2 + random.nextInt(9);
                    for (int j = 0; j < customers; j++) {
                        LocalDate signed = from.plusDays(random.nextInt(days));
                        LocalDate firstValue = random.nextDouble() < 0.7 ? signed.plusDays(10 + random.nextInt(111)) : null;
                        LocalDate live = random.nextDouble() < 0.6 ? signed.plusDays(5 + random.nextInt(86)) : null;
                        jointCustomers.row(ids.next(), vendor, "jc-" + code + "-" + j, partner,
                                "Joint customer " + random.nextInt(100_000), signed,
                                firstValue == null || firstValue.isAfter(today) ? null : firstValue,
                                live == null || live.isAfter(today) ? null : live);
                    }
                }
                if (i % 10 == 3) {
                    agreements.row(ids.next(), vendor, partner, stuckDefinitionId, "admin@" + code,
                            LocalDateTime.of(from, LocalTime.NOON));
                }
                rows.commitEvery(COMMIT_EVERY);
            }
            rows.flushAll();
            c.commit();
            return new Sizes(partnerCount, deals.count, won, open, targets.count, commissions.count, logins.count,
                    enablement.count, coSell.count, jointCustomers.count, agreements.count);
        }
    }

    /**
     * The aggregates one refresh of the quarter reads, for every partner of the vendor, in one
     * statement: the deal pass of the refresh (won, lost, last quarter, open pipeline by stage,
     * days in stage, stuck deals under each partner's agreed stuck-deal age, registrations),
     * the targets of the quarter and the next, commissions, logins, enablement, co-sell and
     * joint customers. The predicates are the refresh's own; every table carries the vendor.
     */
    public List<PartnerAggregate> aggregate(String vendor, Quarter quarter, LocalDate asOf, int defaultStuckAge,
                                            Set<Integer> stuckAgesInUse) throws SQLException {
        List<Integer> ages = new ArrayList<>(new TreeSet<>(stuckAgesInUse));
        if (!ages.contains(defaultStuckAge)) {
            ages.add(defaultStuckAge);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", vendor);
        p.put("qs", quarter.firstDay());
        p.put("qe", quarter.lastDay());
        p.put("ps", quarter.previous().firstDay());
        p.put("pe", quarter.previous().lastDay());
        p.put("asOf", asOf);
        p.put("defaultAge", defaultStuckAge);
        p.put("quarter", quarter.toString());
        p.put("next", quarter.next().toString());
        p.put("loginsFrom", quarter.firstDay().atStartOfDay());
        p.put("loginsTo", quarter.next().firstDay().atStartOfDay());
        StringBuilder stuckByAge = new StringBuilder();
        StringBuilder stuckOfPartner = new StringBuilder("CASE COALESCE(s.age, :defaultAge)");
        for (int age : ages) {
            p.put("stuckSince" + age, asOf.minusDays(age));
            stuckByAge.append(",").append(sum("d.closed_on IS NULL AND d.created_on <= :asOf"
                    + " AND d.stage_entered_on <= :stuckSince" + age, "1", "stuck_" + age));
            stuckOfPartner.append(" WHEN ").append(age).append(" THEN d.stuck_").append(age);
        }
        stuckOfPartner.append(" END AS stuck");
        String won = "d.stage = 'WON' AND d.closed_on BETWEEN :qs AND :qe";
        String previousWon = "d.stage = 'WON' AND d.closed_on BETWEEN :ps AND :pe";
        String openAtAsOf = "d.created_on <= :asOf AND (d.closed_on IS NULL OR d.closed_on > :asOf)";
        String inStage = "d.closed_on IS NULL AND d.created_on <= :asOf AND d.stage_entered_on <= :asOf";
        String sql = "SELECT p.id, p.type, d.won_sourced_amount, d.won_sourced, d.won_influenced_amount,"
                + " d.won_influenced, d.largest, d.lost, d.previous_won_sourced_amount, d.previous_won_influenced_amount,"
                + " d.previous_won, d.previous_lost, d.open_amount, d.open_deals, d.qualify, d.develop, d.propose,"
                + " d.negotiate, d.days_in_stage, " + stuckOfPartner + ", d.registrations, d.registration_days,"
                + " t.revenue_target, t.next_target, c.commission, l.logins,"
                + " e.enrolled, e.completed, a.activities, j.live, j.first_value, j.first_value_days"
                + " FROM partner p"
                + " LEFT JOIN (SELECT d.partner_id,"
                + sum(won + " AND d.origin = 'SOURCED'", "d.amount", "won_sourced_amount") + ","
                + sum(won + " AND d.origin = 'SOURCED'", "1", "won_sourced") + ","
                + sum(won + " AND d.origin = 'INFLUENCED'", "d.amount", "won_influenced_amount") + ","
                + sum(won + " AND d.origin = 'INFLUENCED'", "1", "won_influenced") + ","
                + " MAX(CASE WHEN " + won + " THEN d.amount ELSE 0 END) AS largest,"
                + sum("d.stage = 'LOST' AND d.closed_on BETWEEN :qs AND :qe", "1", "lost") + ","
                + sum(previousWon + " AND d.origin = 'SOURCED'", "d.amount", "previous_won_sourced_amount") + ","
                + sum(previousWon + " AND d.origin = 'INFLUENCED'", "d.amount", "previous_won_influenced_amount") + ","
                + sum(previousWon, "1", "previous_won") + ","
                + sum("d.stage = 'LOST' AND d.closed_on BETWEEN :ps AND :pe", "1", "previous_lost") + ","
                + sum(openAtAsOf, "d.amount", "open_amount") + ","
                + sum(openAtAsOf, "1", "open_deals") + ","
                + sum(inStage + " AND d.stage = 'QUALIFY'", "1", "qualify") + ","
                + sum(inStage + " AND d.stage = 'DEVELOP'", "1", "develop") + ","
                + sum(inStage + " AND d.stage = 'PROPOSE'", "1", "propose") + ","
                + sum(inStage + " AND d.stage = 'NEGOTIATE'", "1", "negotiate") + ","
                + sum(inStage, "DATEDIFF(:asOf, d.stage_entered_on)", "days_in_stage") + ","
                + sum("d.registered_on BETWEEN :qs AND :qe", "1", "registrations") + ","
                + sum("d.registered_on BETWEEN :qs AND :qe", "DATEDIFF(d.registered_on, d.identified_on)", "registration_days")
                + stuckByAge
                + "   FROM deal d"
                + "   WHERE d.vendor_id = :vendor AND d.created_on <= :qe AND (d.closed_on IS NULL OR d.closed_on >= :ps)"
                + "   GROUP BY d.partner_id) d ON d.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, MAX(CASE WHEN quarter = :quarter THEN revenue_target END) AS revenue_target,"
                + "   MAX(CASE WHEN quarter = :next THEN revenue_target END) AS next_target FROM quarterly_target"
                + "   WHERE vendor_id = :vendor AND quarter IN (:quarter, :next) GROUP BY partner_id) t ON t.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, SUM(amount) AS commission FROM commission"
                + "   WHERE vendor_id = :vendor AND earned_on BETWEEN :qs AND :qe GROUP BY partner_id) c ON c.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, COUNT(*) AS logins FROM portal_login WHERE vendor_id = :vendor"
                + "   AND signed_in_at >= :loginsFrom AND signed_in_at < :loginsTo GROUP BY partner_id) l ON l.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, COUNT(*) AS enrolled,"
                + "   SUM(CASE WHEN completed_on <= :qe THEN 1 ELSE 0 END) AS completed FROM enablement_record"
                + "   WHERE vendor_id = :vendor AND enrolled_on <= :qe GROUP BY partner_id) e ON e.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, COUNT(*) AS activities FROM cosell_activity"
                + "   WHERE vendor_id = :vendor AND occurred_on BETWEEN :qs AND :qe GROUP BY partner_id) a ON a.partner_id = p.id"
                + " LEFT JOIN (SELECT partner_id, SUM(CASE WHEN integration_live_on <= :qe THEN 1 ELSE 0 END) AS live,"
                + "   SUM(CASE WHEN first_value_on BETWEEN :qs AND :qe THEN 1 ELSE 0 END) AS first_value,"
                + "   SUM(CASE WHEN first_value_on BETWEEN :qs AND :qe THEN DATEDIFF(first_value_on, signed_on) ELSE 0 END)"
                + "   AS first_value_days FROM joint_customer WHERE vendor_id = :vendor AND signed_on <= :qe"
                + "   GROUP BY partner_id) j ON j.partner_id = p.id"
                // the stuck-deal age each partner agreed to: the parameter of its newest agreed version
                + " LEFT JOIN (SELECT a.partner_id, FLOOR(m.parameter) AS age FROM definition_agreement a"
                + "     JOIN metric_definition m ON m.id = a.definition_id AND m.vendor_id = :vendor"
                + "     WHERE a.vendor_id = :vendor AND a.status = 'AGREED' AND m.metric = 'STUCK_DEALS'"
                + "     AND m.definition_version = (SELECT MAX(m2.definition_version) FROM definition_agreement a2"
                + "       JOIN metric_definition m2 ON m2.id = a2.definition_id AND m2.vendor_id = :vendor"
                + "       WHERE a2.vendor_id = :vendor AND a2.partner_id = a.partner_id AND a2.status = 'AGREED'"
                + "       AND m2.metric = 'STUCK_DEALS')) s ON s.partner_id = p.id"
                + " WHERE p.vendor_id = :vendor";
        List<PartnerAggregate> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, p);
             ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                result.add(new PartnerAggregate(r.getLong(1), PartnerType.valueOf(r.getString(2)), money(r, 3),
                        r.getLong(4), money(r, 5), r.getLong(6), money(r, 7), r.getLong(8), money(r, 9), money(r, 10),
                        r.getLong(11), r.getLong(12), money(r, 13), r.getLong(14),
                        new long[] {r.getLong(15), r.getLong(16), r.getLong(17), r.getLong(18)}, r.getLong(19),
                        r.getLong(20), r.getLong(21), r.getLong(22), r.getBigDecimal(23), r.getBigDecimal(24),
                        money(r, 25), r.getLong(26), r.getLong(27), r.getLong(28), r.getLong(29), r.getLong(30),
                        r.getLong(31), r.getLong(32)));
            }
        }
        return result;
    }

    /**
     * Adds {@code extra} to the amount of every deal won in the quarter by every {@code nth}
     * partner (in id order), as a re-import would: the next refresh has that many partners'
     * scorecards to rewrite. @return how many deals changed
     */
    public int raiseWonDeals(String vendor, Quarter quarter, int nth, BigDecimal extra) throws SQLException {
        List<Long> partners = partnerIds(vendor);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE deal SET amount = amount + ?, version = version + 1 WHERE vendor_id = ? AND partner_id = ?"
                        + " AND stage = 'WON' AND closed_on BETWEEN ? AND ?")) {
            int changed = 0;
            for (int i = 0; i < partners.size(); i += nth) {
                s.setBigDecimal(1, extra);
                s.setString(2, vendor);
                s.setLong(3, partners.get(i));
                s.setObject(4, quarter.firstDay());
                s.setObject(5, quarter.lastDay());
                changed += s.executeUpdate();
            }
            return changed;
        }
    }

    /** How long the purge is given when its progress cannot be read. */
    private static final long PURGE_WAIT_MILLIS = 20_000;

    /**
     * Deletes the vendor's scorecards of a quarter with their figures and talking points, so
     * that the next refresh is a first run again, and waits (up to a minute) until InnoDB has
     * purged the deleted rows, so that the purge does not run during that refresh (20 s when the
     * database does not let the portal's user read the purge's progress).
     * @return how many scorecards were deleted
     */
    public int dropScorecards(String vendor, Quarter quarter) throws SQLException, InterruptedException {
        String ofQuarter = " IN (SELECT id FROM scorecard WHERE vendor_id = ? AND quarter = ?)";
        int dropped;
        try (Connection c = dataSource.getConnection()) {
            for (String child : List.of("scorecard_talking_point", "scorecard_figure")) {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM " + child + " WHERE vendor_id = ? AND scorecard_id" + ofQuarter)) {
                    s.setString(1, vendor);
                    s.setString(2, vendor);
                    s.setString(3, quarter.toString());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM scorecard WHERE vendor_id = ? AND quarter = ?")) {
                s.setString(1, vendor);
                s.setString(2, quarter.toString());
                dropped = s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count FROM information_schema.INNODB_METRICS WHERE name = 'trx_rseg_history_len'")) {
                for (int wait = 0; wait < 600; wait++) {
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next() || r.getLong(1) < 100) {
                            break;
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (java.sql.SQLSyntaxErrorException e) {
                // the portal's user has only its grants on the portal's schema (no PROCESS, see
                // DatabaseIT): the history length cannot be read; give the purge a fixed time instead
                Thread.sleep(PURGE_WAIT_MILLIS);
            }
        }
        return dropped;
    }

    /** Sums of one metric's figure values over the vendor's scorecards of a quarter, and how many figures. */
    public BigDecimal[] figureTotal(String vendor, Quarter quarter, String metric) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(SUM(f.figure_value), 0), COUNT(*) FROM scorecard_figure f"
                        + " JOIN scorecard sc ON sc.id = f.scorecard_id AND sc.vendor_id = ?"
                        + " WHERE f.vendor_id = ? AND sc.quarter = ? AND f.metric = ?")) {
            s.setString(1, vendor);
            s.setString(2, vendor);
            s.setString(3, quarter.toString());
            s.setString(4, metric);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new BigDecimal[] {r.getBigDecimal(1), r.getBigDecimal(2)};
            }
        }
    }

    /** A partner's place in the raw ranking. */
    public record Ranked(long partnerId, BigDecimal trailingRevenue, int rank) {
    }

    /**
     * The raw SQL ranking query the segment recompute is measured against: every partner of the
     * vendor with its trailing attributed revenue (the sum of its attributed-revenue figures of
     * the four quarters ending with {@code quarter}, 0 without scorecards) and its rank by it,
     * as one statement with a window function.
     */
    public List<Ranked> ranking(String vendor, Quarter quarter) throws SQLException {
        List<Ranked> ranking = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT p.id, COALESCE(t.total, 0) AS revenue, RANK() OVER (ORDER BY COALESCE(t.total, 0) DESC)"
                        + " FROM partner p LEFT JOIN (SELECT sc.partner_id, SUM(f.figure_value) AS total"
                        + "   FROM scorecard sc JOIN scorecard_figure f ON f.scorecard_id = sc.id AND f.vendor_id = ?"
                        + "   WHERE sc.vendor_id = ? AND sc.quarter BETWEEN ? AND ? AND f.metric = 'ATTRIBUTED_REVENUE'"
                        + "   GROUP BY sc.partner_id) t ON t.partner_id = p.id"
                        + " WHERE p.vendor_id = ?")) {
            s.setString(1, vendor);
            s.setString(2, vendor);
            s.setString(3, quarter.minus(3).toString());
            s.setString(4, quarter.toString());
            s.setString(5, vendor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ranking.add(new Ranked(r.getLong(1), r.getBigDecimal(2), r.getInt(3)));
                }
            }
        }
        return ranking;
    }

    /** The sum of the trailing revenue of the vendor's standings of a quarter, and how many standings. */
    public BigDecimal[] standingTotals(String vendor, Quarter quarter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(SUM(trailing_revenue), 0), COUNT(*) FROM standing WHERE vendor_id = ? AND quarter = ?")) {
            s.setString(1, vendor);
            s.setString(2, quarter.toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new BigDecimal[] {r.getBigDecimal(1), r.getBigDecimal(2)};
            }
        }
    }

    /** What {@link #generatePlans} wrote. */
    public record PlanSizes(long qbrs, long plans, long commitments, long checkIns, long overdueInForce) {
    }

    /**
     * Joint plans of the vendor's partners for the eight quarters up to the current one: per partner
     * and quarter a held QBR in the quarter before (or the QBR already there) and a plan agreed at
     * it with 5 commitments (2 the vendor's, 3 the partner's) due in the plan's quarter; the newest
     * plan is in force, the older ones superseded. Of past quarters' commitments 60% are done (one
     * in five of those after the due date), 10% dropped, the rest left open; of the current
     * quarter's those due before today are a mix of open, at risk and done; two of every five
     * commitments have a check-in. The same arguments always give the same rows.
     */
    public PlanSizes generatePlans(String vendor, LocalDate today, long seed) throws SQLException {
        Quarter current = Quarter.of(today);
        List<Long> partnerIds = partnerIds(vendor);
        Map<String, Long> existingQbrs = new HashMap<>();
        Ids ids = new Ids(dataSource);
        long qbrs = 0;
        long checkIns = 0;
        long overdue = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT partner_id, quarter, id FROM qbr WHERE vendor_id = ?"
                    + " AND not_cancelled")) {
                s.setString(1, vendor);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        existingQbrs.put(r.getLong(1) + "/" + r.getString(2), r.getLong(3));
                    }
                }
            }
            c.setAutoCommit(false);
            Rows rows = new Rows(c);
            Insert qbrInsert = rows.insert("INSERT INTO qbr (id, vendor_id, version, partner_id, quarter, starts_at,"
                    + " meeting_minutes, meeting, status, not_cancelled, scheduled_by, scheduled_at, held_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, 45, '45-minute QBR', 'HELD', TRUE, 'max', ?, ?)");
            Insert plans = rows.insert("INSERT INTO joint_plan (id, vendor_id, version, partner_id, qbr_id, quarter,"
                    + " number, status, drafted_by, drafted_at, vendor_confirmed_by, vendor_confirmed_at,"
                    + " partner_confirmed_by, partner_confirmed_at) VALUES (?, ?, 1, ?, ?, ?, 1, ?, 'max', ?, 'max', ?,"
                    + " 'paula', ?)");
            Insert commitments = rows.insert("INSERT INTO plan_commitment (id, vendor_id, version, plan_id, item_key,"
                    + " side, owner_name, owner_username, due_date, outcome, cadence, status, done_on, in_force)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'MONTHLY', ?, ?, ?)");
            Insert checkInRows = rows.insert("INSERT INTO plan_check_in (id, vendor_id, version, partner_id, item_key,"
                    + " progress, status, checked_by, checked_at) VALUES (?, ?, 1, ?, ?, 'Two of five done', ?, ?, ?)");
            // QBRs, then plans, then commitments: each batch's parents are written before it
            long[][] qbrOf = new long[partnerIds.size()][8];
            for (int p = 0; p < partnerIds.size(); p++) {
                for (int back = 7; back >= 0; back--) {
                    Quarter reviewed = current.minus(back).previous();
                    LocalDateTime held = reviewed.lastDay().minusDays(10).atTime(15, 0);
                    Long existing = existingQbrs.get(partnerIds.get(p) + "/" + reviewed);
                    qbrOf[p][back] = existing != null ? existing : ids.next();
                    if (existing == null) {
                        qbrInsert.row(qbrOf[p][back], vendor, partnerIds.get(p), reviewed.toString(), held,
                                held.minusDays(21), held.plusHours(1));
                        qbrs++;
                    }
                }
            }
            qbrInsert.flush();
            long[][] planOf = new long[partnerIds.size()][8];
            for (int p = 0; p < partnerIds.size(); p++) {
                for (int back = 7; back >= 0; back--) {
                    LocalDateTime agreed = current.minus(back).previous().lastDay().minusDays(8).atTime(15, 0);
                    planOf[p][back] = ids.next();
                    plans.row(planOf[p][back], vendor, partnerIds.get(p), qbrOf[p][back], current.minus(back).toString(),
                            back == 0 ? "IN_FORCE" : "SUPERSEDED", agreed, agreed, agreed.plusHours(3));
                }
            }
            plans.flush();
            c.commit();
            for (int p = 0; p < partnerIds.size(); p++) {
                long partnerId = partnerIds.get(p);
                Random random = new Random(seed * 104_729 + p);
                for (int back = 7; back >= 0; back--) {
                    Quarter planned = current.minus(back);
                    LocalDateTime agreed = planned.previous().lastDay().minusDays(8).atTime(15, 0);
                    long planId = planOf[p][back];
                    for (int k = 0; k < 5; k++) {
                        long id = ids.next();
                        boolean vendorSide = k < 2;
                        LocalDate due = planned.firstDay().plusDays(20 + random.nextInt(65));
                        String status;
                        LocalDate doneOn = null;
                        int roll = random.nextInt(10);
                        if (due.isBefore(today)) {
                            if (roll < 6) {
                                status = "DONE";
                                doneOn = roll == 0 ? due.plusDays(4) : due.minusDays(random.nextInt(10));
                            } else if (roll == 6) {
                                status = "DROPPED";
                            } else {
                                status = roll == 7 ? "OPEN" : "AT_RISK";
                            }
                        } else {
                            status = roll < 5 ? "OPEN" : roll < 8 ? "ON_TRACK" : "AT_RISK";
                        }
                        if (back == 0 && due.isBefore(today) && !status.equals("DONE") && !status.equals("DROPPED")) {
                            overdue++;
                        }
                        String owner = vendorSide ? "max" + random.nextInt(40) : "seller" + p + "-" + k;
                        commitments.row(id, vendor, planId, id, vendorSide ? "VENDOR" : "PARTNER",
                                (vendorSide ? "Manager " : "Seller ") + owner, owner, due,
                                "register " + (3 + random.nextInt(8)) + " new deals in manufacturing", status, doneOn,
                                back == 0);
                        if (k < 2) {
                            checkInRows.row(ids.next(), vendor, partnerId, id, status.equals("DROPPED") ? "OPEN" : status,
                                    owner, agreed.plusDays(15 + random.nextInt(30)));
                            checkIns++;
                        }
                    }
                }
                rows.commitEvery(50_000);
            }
            rows.flushAll();
            c.commit();
            return new PlanSizes(qbrs, plans.count, commitments.count, checkIns, overdue);
        }
    }

    /**
     * The people directory of the plans' owners ({@link #generatePlans}), active, each with an address:
     * the vendor's 40 partner managers ({@code max0} to {@code max39}) and each partner's three sellers
     * ({@code seller<p>-<k>}, {@code k} 2 to 4, users of that partner), so that the reminders reach them.
     * @return the people written
     */
    public long peopleOfPlans(String vendor) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT code FROM partner WHERE vendor_id = ? ORDER BY id")) {
            s.setString(1, vendor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        Ids ids = new Ids(dataSource);
        LocalDateTime signedIn = LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Rows rows = new Rows(c);
            Insert people = rows.insert("INSERT INTO person (id, vendor_id, version, username, email, role, partner_code,"
                    + " status, last_sign_in_at) VALUES (?, ?, 1, ?, ?, ?, ?, 'ACTIVE', ?)");
            for (int m = 0; m < 40; m++) {
                people.row(ids.next(), vendor, "max" + m, "max" + m + "@" + vendor + ".example", "partner-manager", null,
                        signedIn);
            }
            for (int p = 0; p < codes.size(); p++) {
                for (int k = 2; k < 5; k++) {
                    String seller = "seller" + p + "-" + k;
                    people.row(ids.next(), vendor, seller, seller + "@" + codes.get(p) + ".example", "partner-user",
                            codes.get(p), signedIn);
                }
                rows.commitEvery(COMMIT_EVERY);
            }
            rows.flushAll();
            c.commit();
            return people.count;
        }
    }

    /** The partner's latest held QBR (the one its plan in force was agreed at). */
    public long latestHeldQbr(String vendor, long partnerId) throws SQLException {
        return number("SELECT id FROM qbr WHERE vendor_id = ? AND partner_id = ? AND status = 'HELD'"
                + " ORDER BY starts_at DESC LIMIT 1", vendor, partnerId);
    }

    /** The vendor's outbox messages in a status ({@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED}). */
    public long outbox(String vendor, String status) throws SQLException {
        return number("SELECT COUNT(*) FROM mail_outbox WHERE vendor_id = ? AND status = ?", vendor, status);
    }

    /** The number the statement answers in its first row. */
    private long number(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The SQL statements a piece of work sends through the persistence unit, each with its bound values as
     * EclipseLink logs them: a {@link StatementLog} is the unit's session log for the duration of the work
     * (the benchmark runs nothing else meanwhile).
     */
    public List<String> statementsOf(Runnable work) {
        Session session = portal.unwrap(Session.class);
        SessionLog before = session.getSessionLog();
        StatementLog log = new StatementLog();
        session.setSessionLog(log);
        try {
            work.run();
        } finally {
            session.setSessionLog(before);
        }
        return log.statements();
    }

    /**
     * How MariaDB runs a logged statement: its rows of {@code ANALYZE} (the plan with the rows each step
     * really read, r_rows, and the share that passed its conditions, r_filtered), then the median time of 5
     * runs of the statement itself.
     */
    public List<String> analyze(String logged) throws SQLException {
        String sql = withValues(logged);
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("ANALYZE " + sql)) {
                java.sql.ResultSetMetaData columns = r.getMetaData();
                while (r.next()) {
                    StringBuilder line = new StringBuilder();
                    for (String column : List.of("table", "type", "key", "ref", "rows", "r_rows", "r_filtered",
                            "Extra")) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            if (columns.getColumnLabel(i).equals(column) && r.getString(i) != null) {
                                line.append(column).append('=').append(r.getString(i)).append("  ");
                            }
                        }
                    }
                    lines.add(line.toString().strip());
                }
            }
            double[] millis = new double[5];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            lines.add(String.format(java.util.Locale.ROOT, "median of 5 runs: %.1f ms", millis[2]));
        }
        return lines;
    }

    /** A logged statement with its bound values in the places of its markers (numbers and booleans as they are). */
    private static String withValues(String logged) {
        int bind = logged.indexOf("bind => [");
        if (bind < 0) {
            return logged.strip();
        }
        String sql = logged.substring(0, bind).strip();
        String inside = logged.substring(bind + "bind => [".length(), logged.lastIndexOf(']'));
        java.util.Iterator<String> values = List.of(inside.split(", ")).iterator();
        StringBuilder out = new StringBuilder();
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                String value = values.next();
                out.append(value.matches("-?\\d+|true|false") ? value : "'" + value.replace("'", "''") + "'");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Rows of a tenant table that belong to the vendor. */
    public long count(String table, String vendor) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return number("SELECT COUNT(*) FROM " + table + " WHERE vendor_id = ?", vendor);
    }

    /** The vendor's partner ids, in id order. */
    public List<Long> partnerIds(String vendor) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM partner WHERE vendor_id = ? ORDER BY id")) {
            s.setString(1, vendor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Deals per partner: a long tail and a few big partners (log-normal weights), adding up to exactly {@code total}. */
    private static int[] dealsPerPartner(int partners, int total, Random random) {
        double[] weights = new double[partners];
        double sum = 0;
        for (int i = 0; i < partners; i++) {
            weights[i] = Math.exp(1.1 * random.nextGaussian());
            sum += weights[i];
        }
        int[] counts = new int[partners];
        int given = 0;
        for (int i = 0; i < partners; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % partners) {
            counts[i]++;
            given++;
        }
        return counts;
    }

    private static String code(int index) {
        return String.format("p-%05d", index);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String sum(String condition, String value, String alias) {
        return " SUM(CASE WHEN " + condition + " THEN " + value + " ELSE 0 END) AS " + alias;
    }

    private static BigDecimal money(ResultSet r, int column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Binds :name parameters in the order they appear. */
    private static PreparedStatement prepare(Connection c, String sql, Map<String, Object> parameters)
            throws SQLException {
        Matcher m = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)").matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            if (!parameters.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            values.add(parameters.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement statement = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private static PartnerType[] weighted(Map<PartnerType, Integer> weights) {
        List<PartnerType> list = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            for (int i = 0; i < weights.getOrDefault(type, 0); i++) {
                list.add(type);
            }
        }
        return list.toArray(PartnerType[]::new);
    }

    /**
     * Ids for the inserted rows, from blocks reserved on the entities' table generator the way
     * EclipseLink reserves its own: the row's value is advanced by the block size in a short
     * transaction of its own, and the ids up to the new value are this block's.
     */
    private static final class Ids {
        private final DataSource dataSource;
        private long next;
        private long last = -1;

        Ids(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        long next() throws SQLException {
            if (next > last) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement up = c.prepareStatement(
                            "UPDATE id_generator SET next_value = next_value + ? WHERE name = 'portal_ids'");
                         PreparedStatement read = c.prepareStatement(
                                 "SELECT next_value FROM id_generator WHERE name = 'portal_ids'")) {
                        up.setInt(1, ID_BLOCK);
                        if (up.executeUpdate() != 1) {
                            throw new IllegalStateException("no 'portal_ids' row in id_generator");
                        }
                        try (ResultSet r = read.executeQuery()) {
                            r.next();
                            last = r.getLong(1);
                        }
                    }
                    c.commit();
                }
                next = last - ID_BLOCK + 1;
            }
            return next++;
        }
    }

    /** The statements of one load on one connection, committed every so many rows. */
    private static final class Rows {
        private final Connection connection;
        private final List<Insert> inserts = new ArrayList<>();
        private long sinceCommit;

        Rows(Connection connection) {
            this.connection = connection;
        }

        Insert insert(String sql) throws SQLException {
            Insert insert = new Insert(this, connection.prepareStatement(sql));
            inserts.add(insert);
            return insert;
        }

        void commitEvery(int rows) throws SQLException {
            if (sinceCommit >= rows) {
                flushAll();
                connection.commit();
                sinceCommit = 0;
            }
        }

        void flushAll() throws SQLException {
            for (Insert insert : inserts) {
                insert.flush();
            }
        }
    }

    private static final class Insert {
        private final Rows rows;
        private final PreparedStatement statement;
        private int pending;
        long count;

        Insert(Rows rows, PreparedStatement statement) {
            this.rows = rows;
            this.statement = statement;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            count++;
            rows.sinceCommit++;
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}

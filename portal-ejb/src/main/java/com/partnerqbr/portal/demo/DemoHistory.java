package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.commission.Commission;
import com.partnerqbr.portal.cosell.CoSellActivity;
import com.partnerqbr.portal.cosell.CoSellKind;
import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.enablement.EnablementRecord;
import com.partnerqbr.portal.engagement.PortalLogin;
import com.partnerqbr.portal.integration.JointCustomer;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import com.partnerqbr.portal.scorecard.ScorecardTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Eight quarters of believable program data for one demo vendor, ending with the current
 * quarter: deals, targets, commissions, enablement, co-sell activities, joint customers
 * and portal logins. Most partners grow, shrink or hold steady a little; a few carry the
 * stories every flag needs:
 * <ul>
 * <li>Brightpath Solutions (acme): win rate collapses in the last two quarters, four deals stuck;</li>
 * <li>the first generated acme partner: revenue falls by half last quarter;</li>
 * <li>Summit Resellers (globex): one whale deal carries last quarter;</li>
 * <li>every third partner: a pipeline too thin for next quarter's target;</li>
 * <li>half the Registered partners: long-tail revenue, a few thousand a quarter.</li>
 * </ul>
 * The same program and day always give the same data.
 */
public final class DemoHistory {

    public static final int QUARTERS = 8;

    private static final String[] CUSTOMERS = {"Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys",
        "Wide World Importers", "Adventure Works", "Litware", "Proseware", "Lamna Healthcare", "Trey Research",
        "Woodgrove Bank", "Coho Winery", "Alpine Ski House", "Margie's Travel", "Fourth Coffee", "Humongous Insurance"};
    private static final String[] VERTICALS = {"Healthcare", "Financial services", "Manufacturing", "Retail",
        "Public sector", "Education"};
    private static final String CERTIFICATION = "Solution architect certification";
    private static final String[] COURSES = {"Sales accreditation", CERTIFICATION,
        "Technical onboarding", "Pricing and packaging", "Implementation specialist certification"};
    private static final LossReason[] LOSS_REASONS = {LossReason.COMPETITIVE, LossReason.PRODUCT_GAP,
        LossReason.EXECUTION, LossReason.COMPETITIVE, LossReason.OTHER};

    private final DemoProgram program;
    private final LocalDate today;
    private final Quarter current;
    private final Consumer<Object> sink;

    private DemoHistory(DemoProgram program, LocalDate today, Consumer<Object> sink) {
        this.program = program;
        this.today = today;
        this.current = Quarter.of(today);
        this.sink = sink;
    }

    /** Hands every generated entity, in an order that can be persisted as it comes, to the sink. */
    public static void generate(DemoProgram program, Map<String, Partner> partners, LocalDate today,
                                Consumer<Object> sink) {
        DemoHistory history = new DemoHistory(program, today, sink);
        List<DemoProgram.PartnerSpec> specs = program.partners();
        for (int i = 0; i < specs.size(); i++) {
            history.partner(i, specs.get(i), partners.get(specs.get(i).code()));
        }
    }

    /** The oldest quarter of the history. */
    public static Quarter firstQuarter(LocalDate today) {
        return Quarter.of(today).minus(QUARTERS - 1);
    }

    private void partner(int index, DemoProgram.PartnerSpec spec, Partner partner) {
        Random random = new Random((program.vendorCode() + "/" + spec.code()).hashCode());
        boolean longTail = spec.tier().equals("Registered") && index % 2 == 0;
        double base = switch (spec.tier()) {
            case "Platinum" -> 420_000;
            case "Gold" -> 160_000;
            case "Silver" -> 55_000;
            default -> longTail ? 3_000 : 14_000;
        };
        double dealSize = switch (spec.tier()) {
            case "Platinum" -> 60_000;
            case "Gold" -> 30_000;
            case "Silver" -> 15_000;
            default -> longTail ? 1_500 : 4_000;
        };
        double[] growth = {-0.06, -0.02, 0.0, 0.03, 0.06, 0.10};
        double quarterlyGrowth = growth[Math.floorMod(spec.code().hashCode(), growth.length)];
        boolean collapsingWinRate = spec.code().equals("brightpath");
        boolean falling = index == 2 && program.vendorCode().equals("acme");
        boolean whale = spec.code().equals("summit-resellers");
        boolean thinPipeline = index % 3 == 2;
        double winRate = 0.35 + random.nextDouble() * 0.2;
        Quarter first = current.minus(QUARTERS - 1);
        int dealNumber = 0;
        for (int k = 0; k < QUARTERS; k++) {
            Quarter quarter = first.plus(k);
            double expected = base * Math.pow(1 + quarterlyGrowth, k);
            target(partner, quarter, expected);
            if (k == QUARTERS - 1) {
                target(partner, quarter.next(), expected * (1 + quarterlyGrowth));
            }
            double revenue = expected * (0.85 + random.nextDouble() * 0.3);
            if (falling && k == QUARTERS - 2) {
                revenue = expected * 0.5;
            }
            LocalDate last = quarter.lastDay().isAfter(today) ? today : quarter.lastDay();
            long days = ChronoUnit.DAYS.between(quarter.firstDay(), last) + 1;
            revenue *= (double) days / (ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1);
            double rate = collapsingWinRate && k >= QUARTERS - 2 ? 0.15 : winRate;
            int wins = Math.max(1, (int) Math.round(revenue / dealSize));
            int losses = Math.max(1, (int) Math.round(wins * (1 - rate) / rate));
            for (int w = 0; w < wins; w++) {
                double amount = revenue / wins * (0.6 + random.nextDouble() * 0.8);
                if (whale && k == QUARTERS - 2 && w == 0) {
                    amount = 950_000;
                }
                closedDeal(partner, spec, ++dealNumber, random, quarter, last, amount, DealStage.WON);
            }
            for (int l = 0; l < losses; l++) {
                closedDeal(partner, spec, ++dealNumber, random, quarter, last, dealSize * (0.8 + random.nextDouble()),
                        DealStage.LOST);
            }
            quarterActivity(partner, spec, random, quarter, last, k);
        }
        double nextTarget = base * Math.pow(1 + quarterlyGrowth, QUARTERS);
        double pipeline = nextTarget * (thinPipeline ? 1.2 + random.nextDouble() : 3.3 + random.nextDouble() * 1.5);
        int open = Math.max(2, (int) Math.round(pipeline / dealSize));
        for (int o = 0; o < open; o++) {
            boolean stuck = collapsingWinRate ? o < 4 : random.nextInt(6) == 0;
            openDeal(partner, spec, ++dealNumber, random, pipeline / open, stuck);
        }
        enablement(partner, spec, random, first);
    }

    private void target(Partner partner, Quarter quarter, double expected) {
        QuarterlyTarget target = new QuarterlyTarget(partner.getCode() + "/" + quarter, partner);
        target.update(partner, quarter, rounded(expected * 1.05, 1000), "USD");
        sink.accept(target);
    }

    private void closedDeal(Partner partner, DemoProgram.PartnerSpec spec, int number, Random random, Quarter quarter,
                            LocalDate last, double amount, DealStage stage) {
        long span = ChronoUnit.DAYS.between(quarter.firstDay(), last);
        LocalDate closed = quarter.firstDay().plusDays(span <= 0 ? 0 : random.nextInt((int) span + 1));
        // a sales cycle of two to eight months, so that a quarter ends with the next quarters' deals open in it:
        // most partners' pipeline covers the next target three times over, the thin ones stand out
        LocalDate created = closed.minusDays(60 + random.nextInt(180));
        LocalDate identified = created.minusDays(random.nextInt(8));
        LocalDate registered = identified.plusDays(1 + random.nextInt(14));
        if (registered.isAfter(closed)) {
            registered = closed;
        }
        Deal deal = new Deal(externalId(spec, number), partner);
        deal.update(partner, customer(random), rounded(amount, 100), "USD",
                random.nextInt(10) < 7 ? DealOrigin.SOURCED : DealOrigin.INFLUENCED, stage, closed, identified,
                registered, created, closed, closed, stage == DealStage.LOST ? LOSS_REASONS[random.nextInt(5)] : null,
                VERTICALS[random.nextInt(VERTICALS.length)]);
        sink.accept(deal);
        if (stage == DealStage.WON) {
            Commission commission = new Commission(deal.getExternalId() + "-C", partner);
            double rate = deal.getOrigin() == DealOrigin.SOURCED ? 0.08 : 0.04;
            commission.update(partner, deal.getExternalId(), rounded(amount * rate, 1), "USD", closed);
            sink.accept(commission);
        }
    }

    private void openDeal(Partner partner, DemoProgram.PartnerSpec spec, int number, Random random, double amount,
                          boolean stuck) {
        DealStage[] open = {DealStage.QUALIFY, DealStage.DEVELOP, DealStage.PROPOSE, DealStage.NEGOTIATE};
        LocalDate stageEntered = today.minusDays(stuck ? 35 + random.nextInt(50) : 2 + random.nextInt(24));
        // open for one to six months: most of today's pipeline was already open when the last quarter ended
        LocalDate created = stageEntered.minusDays(30 + random.nextInt(150));
        LocalDate identified = created.minusDays(random.nextInt(8));
        LocalDate registered = identified.plusDays(1 + random.nextInt(14));
        if (registered.isAfter(today)) {
            registered = today;
        }
        Deal deal = new Deal(externalId(spec, number), partner);
        deal.update(partner, customer(random), rounded(amount * (0.6 + random.nextDouble() * 0.8), 100), "USD",
                random.nextInt(10) < 7 ? DealOrigin.SOURCED : DealOrigin.INFLUENCED, open[random.nextInt(4)],
                stageEntered, identified, registered, created, today.plusDays(20 + random.nextInt(90)), null, null,
                VERTICALS[random.nextInt(VERTICALS.length)]);
        sink.accept(deal);
    }

    private void quarterActivity(Partner partner, DemoProgram.PartnerSpec spec, Random random, Quarter quarter,
                                 LocalDate last, int k) {
        int span = (int) ChronoUnit.DAYS.between(quarter.firstDay(), last);
        int coSell = random.nextInt(spec.tier().equals("Platinum") || spec.tier().equals("Gold") ? 5 : 3);
        for (int c = 0; c < coSell; c++) {
            CoSellActivity activity = new CoSellActivity(spec.code() + "-" + quarter + "-CS" + c, partner);
            activity.update(partner, CoSellKind.values()[random.nextInt(3)],
                    quarter.firstDay().plusDays(random.nextInt(span + 1)), null, null);
            sink.accept(activity);
        }
        if (spec.type().getScorecardTemplate() == ScorecardTemplate.TECHNOLOGY) {
            int signed = 1 + random.nextInt(3);
            for (int j = 0; j < signed; j++) {
                LocalDate signedOn = quarter.firstDay().plusDays(random.nextInt(span + 1));
                LocalDate firstValue = signedOn.plusDays(20 + random.nextInt(60));
                LocalDate live = signedOn.plusDays(10 + random.nextInt(50));
                JointCustomer customer = new JointCustomer(spec.code() + "-" + quarter + "-JC" + j, partner);
                customer.update(partner, customer(random), signedOn, firstValue.isAfter(today) ? null : firstValue,
                        random.nextInt(10) < 7 && !live.isAfter(today) ? live : null);
                sink.accept(customer);
            }
        }
        int logins = (k >= QUARTERS - 2 && spec.code().equals("brightpath") ? 2 : 3) + random.nextInt(16);
        String user = spec.code().equals("brightpath") ? "paula" : spec.code().equals("summit-resellers") ? "pete"
                : spec.code() + "-admin";
        for (int l = 0; l < logins; l++) {
            LocalDate day = quarter.firstDay().plusDays(random.nextInt(span + 1));
            sink.accept(new PortalLogin(partner, user, day.atTime(8 + random.nextInt(10), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC)));
        }
    }

    /**
     * Its people's courses, enrolled before the current quarter (so that every past quarter's
     * figures are the same on each day of this one). Each partner above Registered has a person
     * certified in the first quarter, except {@link DemoProgram#uncertifiedGoldPartner()}, whose
     * courses are none of them certifications: the tier criteria then ask for the demotions and
     * promotions the ladder is set for, whatever day the demo is loaded on.
     */
    private void enablement(Partner partner, DemoProgram.PartnerSpec spec, Random random, Quarter first) {
        int people = 2 + random.nextInt(7);
        long span = ChronoUnit.DAYS.between(first.firstDay(), current.firstDay());
        boolean uncertified = spec.equals(program.uncertifiedGoldPartner());
        for (int p = 0; p < people; p++) {
            LocalDate enrolled = first.firstDay().plusDays(random.nextInt((int) span));
            LocalDate completed = enrolled.plusDays(10 + random.nextInt(50));
            String course = COURSES[random.nextInt(COURSES.length)];
            boolean completes = random.nextInt(4) < 3;
            if (p == 0 && !uncertified && !spec.tier().equals("Registered")) {
                course = CERTIFICATION;
                enrolled = first.firstDay();
                completed = enrolled.plusDays(30);
                completes = true;
            } else if (uncertified && isCertification(course)) {
                course = COURSES[0];
            }
            EnablementRecord record = new EnablementRecord(spec.code() + "-EN" + p, partner);
            record.update(partner, "Seller " + (p + 1) + " of " + spec.name(), course, isCertification(course),
                    enrolled, completes && !completed.isAfter(today) ? completed : null);
            sink.accept(record);
        }
    }

    private static boolean isCertification(String course) {
        return course.contains("certification");
    }

    private static String externalId(DemoProgram.PartnerSpec spec, int number) {
        return "D-" + spec.code() + "-" + number;
    }

    private static String customer(Random random) {
        return CUSTOMERS[random.nextInt(CUSTOMERS.length)];
    }

    private static BigDecimal rounded(double amount, int unit) {
        return BigDecimal.valueOf(Math.max(unit, Math.round(amount / unit) * unit));
    }
}

package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The demo programs: two vendors, each with a four-tier ladder and thirty partners of
 * mixed types, regions and tiers. The partners named first are the ones the demo
 * partner users of the identity provider's realm belong to (config/keycloak). Each partner is in
 * a partner manager's book: globex's all in greg's; acme's mostly in max's, but every seventh from
 * the fourth in nobody's and every seventh from the sixth owned by a "greg" acme has not met
 * (globex's greg, same user name, must not see them), so acme's "all partners" differs from max's.
 */
public record DemoProgram(String vendorCode, String vendorName, String adminEmail, List<TierSpec> tiers, List<PartnerSpec> partners)
        implements Serializable {

    /** A tier of the demo ladder with its criteria (thresholds per measure; none for the entry tier). */
    public record TierSpec(String name, int rank, String benefits, Map<CriterionMeasure, BigDecimal> criteria)
            implements Serializable {
    }

    /** A demo partner; {@code owner}: the user name of the partner manager whose book it is in, or null. */
    public record PartnerSpec(String code, String name, PartnerType type, String region, LocalDate joinedOn,
                              String tier, String owner) implements Serializable {
    }

    /**
     * The demo ladder. Its thresholds are set against the demo history so that the last full
     * quarter asks for promotions (acme: two Silver partners reach Gold) and demotions (a Gold
     * partner of each vendor without a certified person), while Brightpath stays Gold on its way
     * to Platinum.
     */
    private static final List<TierSpec> LADDER = List.of(
            new TierSpec("Registered", 1, "Partner portal access, deal registration, self-paced enablement", Map.of()),
            new TierSpec("Silver", 2, "10% resale discount, co-branded collateral, quarterly program review",
                    Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("150000"),
                            CriterionMeasure.WON_DEALS, new BigDecimal("8"))),
            new TierSpec("Gold", 3, "20% resale discount, market development funds, named partner manager",
                    Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("350000"),
                            CriterionMeasure.WON_DEALS, new BigDecimal("15"),
                            CriterionMeasure.CERTIFIED_PEOPLE, new BigDecimal("1"))),
            new TierSpec("Platinum", 4, "30% resale discount, executive sponsor, joint account planning, early roadmap access",
                    Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("1000000"),
                            CriterionMeasure.WON_DEALS, new BigDecimal("25"),
                            CriterionMeasure.CERTIFIED_PEOPLE, new BigDecimal("1"))));

    private static final String[] REGIONS = {"North America", "EMEA", "DACH", "Nordics", "APAC", "LATAM", "UK & Ireland"};
    private static final String[] TIER_BY_SIZE = {"Platinum", "Gold", "Gold", "Silver", "Silver", "Silver",
        "Registered", "Registered", "Registered", "Registered"};

    public static List<DemoProgram> all() {
        return List.of(acme(), globex());
    }

    /** The vendor's first Gold partner after Brightpath: it has no certified person, so the ladder demotes it. */
    public PartnerSpec uncertifiedGoldPartner() {
        return partners.stream().filter(p -> p.tier().equals("Gold") && !p.code().equals("brightpath")).findFirst()
                .orElseThrow();
    }

    static DemoProgram acme() {
        List<PartnerSpec> partners = new ArrayList<>();
        partners.add(new PartnerSpec("brightpath", "Brightpath Solutions", PartnerType.RESELLER, "North America",
                LocalDate.of(2021, 3, 1), "Gold", "max"));
        partners.add(new PartnerSpec("orbit-integrations", "Orbit Integrations", PartnerType.TECHNOLOGY, "EMEA",
                LocalDate.of(2022, 9, 15), "Silver", "max"));
        addGenerated(partners, new String[] {"Northwind", "Bluefin", "Cedarline", "Keystone", "Lumen", "Harborview",
            "Ironbridge", "Silverline", "Redwood", "Quarry", "Tidewater", "Granite", "Foxglove", "Meridian",
            "Ashford", "Pinecrest", "Sterling", "Kestrel", "Halcyon", "Marlowe", "Driftwood", "Copperleaf",
            "Westbrook", "Juniper", "Oakmont", "Larkspur", "Beacon", "Solstice"}, 7,
                i -> i % 7 == 3 ? null : i % 7 == 5 ? "greg" : "max");
        return new DemoProgram("acme", "Acme Analytics", "alice@acme.example", LADDER, List.copyOf(partners));
    }

    static DemoProgram globex() {
        List<PartnerSpec> partners = new ArrayList<>();
        partners.add(new PartnerSpec("summit-resellers", "Summit Resellers", PartnerType.RESELLER, "UK & Ireland",
                LocalDate.of(2020, 1, 20), "Platinum", "greg"));
        addGenerated(partners, new String[] {"Aurora", "Basalt", "Cobalt", "Dunmore", "Evergreen", "Fairhaven",
            "Glasswing", "Highmark", "Indigo", "Jetstream", "Kingsley", "Lakeshore", "Monarch", "Nimbus",
            "Obsidian", "Parkside", "Quicksilver", "Riverstone", "Saffron", "Thornbury", "Upland", "Vantage",
            "Willowby", "Yellowstone", "Zephyr", "Alder", "Brookfield", "Crestview", "Deepwater"}, 3, i -> "greg");
        return new DemoProgram("globex", "Globex Systems", "gina@globex.example", LADDER, List.copyOf(partners));
    }

    /**
     * Adds one partner per name, cycling through partner types, regions and a tier mix that thins towards the top;
     * {@code owner} gives the i-th one's owner.
     */
    private static void addGenerated(List<PartnerSpec> partners, String[] names, int seed, IntFunction<String> owner) {
        PartnerType[] types = PartnerType.values();
        for (int i = 0; i < names.length; i++) {
            PartnerType type = types[(i + seed) % types.length];
            String name = names[i] + " " + suffix(type);
            String code = name.toLowerCase(Locale.ROOT).replace(' ', '-');
            String region = REGIONS[(i * 3 + seed) % REGIONS.length];
            LocalDate joined = LocalDate.of(2018 + (i + seed) % 7, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
            partners.add(new PartnerSpec(code, name, type, region, joined, TIER_BY_SIZE[(i + seed) % TIER_BY_SIZE.length],
                    owner.apply(i)));
        }
    }

    private static String suffix(PartnerType type) {
        return switch (type) {
            case RESELLER -> "Resellers";
            case REFERRAL -> "Advisors";
            case IMPLEMENTATION -> "Consulting";
            case TECHNOLOGY -> "Labs";
            case SUPPLIER -> "Supply";
            case CO_MARKETING -> "Media";
            case OEM -> "Devices";
            case WHITE_LABEL -> "Software";
            case JOINT_VENTURE -> "Ventures";
        };
    }
}

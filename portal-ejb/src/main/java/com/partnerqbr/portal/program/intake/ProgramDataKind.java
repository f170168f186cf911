package com.partnerqbr.portal.program.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of program data a vendor imports; one file (or API request) holds one kind. The
 * partners themselves are a kind too, keyed by code.
 */
public enum ProgramDataKind {
    DEALS("deals", "deal", "deals"),
    TARGETS("targets", "quarterly target", "quarterly targets"),
    COMMISSIONS("commissions", "commission", "commissions"),
    ENABLEMENT("enablement", "enablement record", "enablement records"),
    ACTIVITIES("activities", "co-sell activity", "co-sell activities"),
    JOINT_CUSTOMERS("joint-customers", "joint customer", "joint customers"),
    PARTNERS("partners", "partner", "partners");

    private final String code;
    private final String singular;
    private final String plural;

    ProgramDataKind(String code, String singular, String plural) {
        this.code = code;
        this.singular = singular;
        this.plural = plural;
    }

    /** The kind's name in URLs, API paths and template file names: {@code joint-customers}. */
    public String code() {
        return code;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    /** "Deals", "Co-sell activities": for a list to choose from. */
    public String label() {
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    public static Optional<ProgramDataKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The columns of this kind, in the order of the template. */
    public List<Column> columns() {
        return rules().columns();
    }

    public List<String> columnNames() {
        return columns().stream().map(Column::name).toList();
    }

    /** "external_id, partner_code, ...": for messages. */
    String columnList() {
        return columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    Optional<Column> column(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return columns().stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    RowRules<?> rules() {
        return switch (this) {
            case DEALS -> RULES_DEALS;
            case TARGETS -> RULES_TARGETS;
            case COMMISSIONS -> RULES_COMMISSIONS;
            case ENABLEMENT -> RULES_ENABLEMENT;
            case ACTIVITIES -> RULES_ACTIVITIES;
            case JOINT_CUSTOMERS -> RULES_JOINT_CUSTOMERS;
            case PARTNERS -> RULES_PARTNERS;
        };
    }

    private static final DealRules RULES_DEALS = new DealRules();
    private static final TargetRules RULES_TARGETS = new TargetRules();
    private static final CommissionRules RULES_COMMISSIONS = new CommissionRules();
    private static final EnablementRules RULES_ENABLEMENT = new EnablementRules();
    private static final CoSellActivityRules RULES_ACTIVITIES = new CoSellActivityRules();
    private static final JointCustomerRules RULES_JOINT_CUSTOMERS = new JointCustomerRules();
    private static final PartnerRules RULES_PARTNERS = new PartnerRules();
}

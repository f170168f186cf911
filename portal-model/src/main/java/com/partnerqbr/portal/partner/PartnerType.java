package com.partnerqbr.portal.partner;

/**
 * The kind of partnership. It decides which metrics the partner's scorecard shows
 * (see {@link ScorecardTemplate}).
 */
public enum PartnerType {
    RESELLER("Reseller", ScorecardTemplate.CHANNEL),
    REFERRAL("Referral", ScorecardTemplate.CHANNEL),
    IMPLEMENTATION("Implementation (SI)", ScorecardTemplate.CHANNEL),
    TECHNOLOGY("Technology / integration", ScorecardTemplate.TECHNOLOGY),
    SUPPLIER("Supplier", ScorecardTemplate.SUPPLIER),
    CO_MARKETING("Co-marketing", ScorecardTemplate.CHANNEL),
    OEM("OEM", ScorecardTemplate.TECHNOLOGY),
    WHITE_LABEL("White-label", ScorecardTemplate.CHANNEL),
    JOINT_VENTURE("Joint venture", ScorecardTemplate.CHANNEL);

    private final String label;
    private final ScorecardTemplate scorecardTemplate;

    PartnerType(String label, ScorecardTemplate scorecardTemplate) {
        this.label = label;
        this.scorecardTemplate = scorecardTemplate;
    }

    public String getLabel() {
        return label;
    }

    public ScorecardTemplate getScorecardTemplate() {
        return scorecardTemplate;
    }

    /** Which family of metrics a partner's scorecard is built from. */
    public enum ScorecardTemplate {
        /** Pipeline, enablement, win rate, margin. */
        CHANNEL,
        /** Adoption, integration reliability, support. */
        TECHNOLOGY,
        /** Delivery, quality, risk, forecast. */
        SUPPLIER
    }
}

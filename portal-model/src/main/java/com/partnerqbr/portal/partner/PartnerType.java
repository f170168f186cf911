package com.partnerqbr.portal.partner;

import com.partnerqbr.portal.scorecard.ScorecardTemplate;

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
}

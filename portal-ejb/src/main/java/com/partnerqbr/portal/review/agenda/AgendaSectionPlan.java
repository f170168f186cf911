package com.partnerqbr.portal.review.agenda;

/**
 * One section of an agenda as it is planned: title, minutes, purpose, whether it looks back
 * (at the quarter) or forward (plans), and its kind.
 */
public record AgendaSectionPlan(SectionKind kind, String title, int minutes, String purpose, boolean looksBack) {

    public AgendaSectionPlan withMinutes(int newMinutes) {
        return new AgendaSectionPlan(kind, title, newMinutes, purpose, looksBack);
    }
}

package com.partnerqbr.portal.review.agenda;

/**
 * One section of an agenda as it is planned: title, minutes, purpose, whether it looks back
 * (at the quarter) or forward (plans), and its kind.
 */
public record AgendaSectionPlan(SectionKind kind, String title, int minutes, String purpose, boolean looksBack) {

    /** The plan of a kept section (of an agenda or of a template). */
    public static AgendaSectionPlan of(SectionContent content) {
        return new AgendaSectionPlan(content.getKind(), content.getTitle(), content.getMinutes(), content.getPurpose(),
                content.isLooksBack());
    }

    public AgendaSectionPlan withMinutes(int newMinutes) {
        return new AgendaSectionPlan(kind, title, newMinutes, purpose, looksBack);
    }

    /** The section kept at a position (1 first). */
    public SectionContent at(int position) {
        return new SectionContent(position, kind, title, minutes, purpose, looksBack);
    }
}

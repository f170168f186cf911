package com.partnerqbr.portal.review.agenda;

/**
 * What an agenda section is for. The kinds the method names get the rules' attention: the
 * previous QBR's commitments come first, the joint plan keeps its block; any other section is
 * {@link #OTHER}.
 */
public enum SectionKind {
    PREVIOUS_COMMITMENTS("Previous commitments", true),
    SCORECARD("Scorecard", true),
    WIN_LOSS("Win/loss", true),
    PIPELINE("Pipeline", false),
    JOINT_PLAN("Joint plan", false),
    FEEDBACK("Partner feedback", false),
    OTHER("Other", false);

    private final String label;
    private final boolean looksBack;

    SectionKind(String label, boolean looksBack) {
        this.label = label;
        this.looksBack = looksBack;
    }

    public String getLabel() {
        return label;
    }

    /** Whether a section of this kind looks back by default. */
    public boolean looksBackByDefault() {
        return looksBack;
    }
}

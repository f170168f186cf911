package com.partnerqbr.portal.deal;

/** Where a deal stands. The open stages come first, in the order a deal moves through them. */
public enum DealStage {
    QUALIFY("Qualify"),
    DEVELOP("Develop"),
    PROPOSE("Propose"),
    NEGOTIATE("Negotiate"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    DealStage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}

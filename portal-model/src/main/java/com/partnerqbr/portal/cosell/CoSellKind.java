package com.partnerqbr.portal.cosell;

/** What the two sellers did together. */
public enum CoSellKind {
    JOINT_CALL("Joint customer call"),
    INTRODUCTION("Introduction"),
    JOINT_EVENT("Joint event");

    private final String label;

    CoSellKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

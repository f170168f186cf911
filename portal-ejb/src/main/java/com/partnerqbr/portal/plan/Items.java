package com.partnerqbr.portal.plan;

/** How the history and the diff name a plan's items: "Bet 41203", "Commitment 41207" (the item key). */
final class Items {

    private Items() {
    }

    static String bet(long itemKey) {
        return "Bet " + itemKey;
    }

    static String commitment(long itemKey) {
        return "Commitment " + itemKey;
    }
}

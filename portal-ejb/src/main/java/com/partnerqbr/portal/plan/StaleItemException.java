package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.RefusedException;

/**
 * A second save of the same plan item: someone saved it since the caller opened it. Nothing of
 * the caller's was saved; the exception carries both values and the item's current row version,
 * so the page can keep theirs (reload), keep the caller's (save it again on the current version)
 * or merge the two.
 *
 * @see PlanItemService
 */
public class StaleItemException extends RefusedException {

    private final transient Object theirs;
    private final transient Object mine;
    private final long currentVersion;

    public StaleItemException(String item, String theirsText, String mineText, Object theirs, Object mine,
                              long currentVersion) {
        super("Someone saved " + item + " since you opened it; nothing of yours was saved. Theirs: " + theirsText
                + ". Yours: " + mineText + ". Keep theirs, keep yours, or merge the two and save again.");
        this.theirs = theirs;
        this.mine = mine;
        this.currentVersion = currentVersion;
    }

    public Object getTheirs() {
        return theirs;
    }

    public Object getMine() {
        return mine;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}

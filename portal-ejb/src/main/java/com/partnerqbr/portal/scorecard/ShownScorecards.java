package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scorecards of a partner as its scorecard page last read them (the quarters there are and
 * each quarter's scorecard with its trend), kept by this server for the next page of the same
 * partner while they are still what the database holds. That is checked on every page with a
 * {@link Stamp} read from the database, so a refresh, a freeze or a renamed partner shows at once
 * on every server: only what a page already read is kept, never what it cannot check.
 */
final class ShownScorecards {

    /** Partners kept at most; past it everything kept is forgotten and read again when asked. */
    private static final int PARTNERS = 5_000;

    private static final Map<Key, Shown> SHOWN = new ConcurrentHashMap<>();

    private ShownScorecards() {
    }

    /**
     * What changes whenever anything a scorecard page shows of a partner's scorecards changes:
     * the partner's version (its name and type), how many scorecards it has (a new quarter's) and
     * the sum of their versions (every refresh and freeze moves a scorecard's version on, and no
     * scorecard is ever deleted, so the sum only grows).
     */
    record Stamp(long partnerVersion, long scorecards, long versions) {
    }

    private record Key(String vendorCode, long partnerId) {
    }

    /** A partner's scorecards read under one stamp: its quarters, newest first, and the scorecards of the quarters asked for. */
    record Shown(Stamp stamp, List<Quarter> quarters, Map<Quarter, ScorecardView> views) {

        /** The scorecard of a quarter, read with {@code read} the first time it is asked for under this stamp. */
        ScorecardView view(Quarter quarter, Function<Quarter, ScorecardView> read) {
            ScorecardView view = views.get(quarter);
            if (view == null) {
                view = read.apply(quarter);
                views.putIfAbsent(quarter, view);
            }
            return view;
        }
    }

    /**
     * A partner's scorecards as kept, if the stamp is still theirs; else read again with
     * {@code quarters} (the quarters the partner has scorecards for) and kept under the new stamp.
     */
    static Shown of(String vendorCode, long partnerId, Stamp stamp, Supplier<List<Quarter>> quarters) {
        Key key = new Key(vendorCode, partnerId);
        Shown shown = SHOWN.get(key);
        if (shown != null && shown.stamp().equals(stamp)) {
            return shown;
        }
        Shown read = new Shown(stamp, List.copyOf(quarters.get()), new ConcurrentHashMap<>());
        if (SHOWN.size() >= PARTNERS) {
            SHOWN.clear();
        }
        SHOWN.put(key, read);
        return read;
    }
}

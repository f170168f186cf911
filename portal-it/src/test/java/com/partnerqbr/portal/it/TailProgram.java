package com.partnerqbr.portal.it;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.ScorecardService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * The program of the tail's tests (issue 17): partners p0, p1, ... of one vendor, resellers, each
 * with one sourced deal won in 2025-Q2 of the amount given for it; then its quarters closed (the
 * scorecards refreshed, frozen when asked, the segments recomputed). Run as the vendor's admin.
 * Part of every test web module (see {@link ServicesDeployment}).
 */
final class TailProgram {

    static final Quarter Q2 = Quarter.parse("2025-Q2");
    static final LocalDate IN_Q2 = LocalDate.of(2025, 5, 10);

    private TailProgram() {
    }

    /** Partners p0 to p{count - 1}, partner i having won {@code wonInQ2(i)} on 2025-05-10; their ids by code. */
    static Map<String, Long> partners(ProgramDataProbe data, int count, IntToLongFunction wonInQ2) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String code = "p" + i;
            ids.put(code, data.partner(code, PartnerType.RESELLER));
            data.closed("won-" + code, code, wonInQ2.applyAsLong(i), DealOrigin.SOURCED, DealStage.WON, IN_Q2);
        }
        return ids;
    }

    /** Refreshes each quarter's scorecards (and freezes them when asked), then recomputes the last one's segments. */
    static void close(ScorecardService scorecards, SegmentationService segmentation, boolean freeze, Quarter... quarters) {
        for (Quarter quarter : quarters) {
            scorecards.refresh(quarter);
            if (freeze) {
                scorecards.freezeQuarter(quarter);
            }
        }
        segmentation.recompute(quarters[quarters.length - 1]);
    }
}

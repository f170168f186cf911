package com.partnerqbr.portal.plan.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What both sides are told about a commitment between QBRs: past its due date and not done, or
 * no check-in within its cadence (counted from the last check-in, or from the day the plan came
 * into force when there is none). Dates are days in the program's time zone.
 */
public final class CommitmentFlags {

    private CommitmentFlags() {
    }

    /** True when the commitment is past its due date and neither done nor dropped. */
    public static boolean overdue(CommitmentStatus status, LocalDate due, LocalDate today) {
        return !status.closed() && today.isAfter(due);
    }

    /** True when an open commitment had no check-in within its cadence. */
    public static boolean checkInMissed(CommitmentStatus status, Cadence cadence, LocalDate since, LocalDate today) {
        return !status.closed() && cadence.days() > 0 && ChronoUnit.DAYS.between(since, today) > cadence.days();
    }

    /** The flags in words, overdue first. */
    public static List<String> flags(CommitmentStatus status, LocalDate due, Cadence cadence, LocalDate since,
                                     LocalDate today) {
        List<String> flags = new ArrayList<>();
        if (overdue(status, due, today)) {
            flags.add("Overdue: due " + due + ", " + ChronoUnit.DAYS.between(due, today) + " days ago, and not done");
        }
        if (checkInMissed(status, cadence, since, today)) {
            flags.add("No check-in for " + ChronoUnit.DAYS.between(since, today) + " days (cadence: "
                    + cadence.getLabel().toLowerCase(Locale.ROOT) + ")");
        }
        return flags;
    }
}

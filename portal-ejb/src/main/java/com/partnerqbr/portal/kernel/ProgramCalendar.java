package com.partnerqbr.portal.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;

/** Today and the current quarter, in UTC, the one time zone the program is measured in. */
public final class ProgramCalendar {

    private ProgramCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Now, to the minute: QBRs are scheduled by date and time in UTC. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    public static Quarter currentQuarter() {
        return Quarter.of(today());
    }
}

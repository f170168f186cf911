package com.partnerqbr.portal.program;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Today and the current quarter, in UTC, the one time zone the program is measured in. */
public final class ProgramCalendar {

    private ProgramCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static Quarter currentQuarter() {
        return Quarter.of(today());
    }
}

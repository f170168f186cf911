package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.WeekOfMonth;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The day of every month the monthly program review is held, a vendor setting: a weekday,
 * Monday to Friday, and which of that weekday in the month (first to fourth, or the last).
 * Pure: {@link #next(LocalDate)} is the next review from a day on.
 */
public record ProgramReviewDay(WeekOfMonth week, DayOfWeek day) {

    public ProgramReviewDay {
        if (week == null || day == null) {
            throw new IllegalArgumentException("choose the week and the weekday of the monthly program review");
        }
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("the monthly program review is held on a weekday, Monday to Friday");
        }
    }

    /** The review's day in a month. */
    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return week == WeekOfMonth.LAST ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week.ordinal() + 1, day));
    }

    /** The next review on or after {@code today}: this month's unless it is past, else next month's. */
    public LocalDate next(LocalDate today) {
        LocalDate thisMonth = in(YearMonth.from(today));
        return thisMonth.isBefore(today) ? in(YearMonth.from(today).plusMonths(1)) : thisMonth;
    }

    /** "the first Tuesday of every month". */
    public String text() {
        return "the " + week.getLabel() + " " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " of every month";
    }
}

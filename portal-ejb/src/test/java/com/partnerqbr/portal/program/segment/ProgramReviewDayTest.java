package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.WeekOfMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ProgramReviewDayTest {

    private static final ProgramReviewDay FIRST_TUESDAY = new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY);

    @Test
    void theDefaultFirstTuesdayIsTodayOnTheDayAndNextMonthsTheDayAfter() {
        assertEquals(LocalDate.of(2026, 12, 1), FIRST_TUESDAY.next(LocalDate.of(2026, 11, 24)));
        assertEquals(LocalDate.of(2026, 12, 1), FIRST_TUESDAY.next(LocalDate.of(2026, 12, 1)));
        // past December's: January of the next year
        assertEquals(LocalDate.of(2027, 1, 5), FIRST_TUESDAY.next(LocalDate.of(2026, 12, 2)));
        assertEquals("the first Tuesday of every month", FIRST_TUESDAY.text());
    }

    @Test
    void aMonthThatStartsOnTheWeekdayHasItsFirstOnTheFirst() {
        // September 2026 starts on a Tuesday
        assertEquals(LocalDate.of(2026, 9, 1), FIRST_TUESDAY.in(YearMonth.of(2026, 9)));
        assertEquals(LocalDate.of(2026, 9, 22), new ProgramReviewDay(WeekOfMonth.FOURTH, DayOfWeek.TUESDAY)
                .in(YearMonth.of(2026, 9)));
        assertEquals(LocalDate.of(2026, 9, 29), new ProgramReviewDay(WeekOfMonth.LAST, DayOfWeek.TUESDAY)
                .in(YearMonth.of(2026, 9)));
    }

    @Test
    void theLastWeekdayFollowsTheLengthOfTheMonth() {
        ProgramReviewDay lastFriday = new ProgramReviewDay(WeekOfMonth.LAST, DayOfWeek.FRIDAY);
        // February 2027 has 28 days and ends on a Sunday; February 2028 has 29 and ends on a Tuesday
        assertEquals(LocalDate.of(2027, 2, 26), lastFriday.in(YearMonth.of(2027, 2)));
        assertEquals(LocalDate.of(2028, 2, 25), lastFriday.in(YearMonth.of(2028, 2)));
        // July 2026 ends on a Friday: the 31st is the last Friday, the fourth is the 24th
        assertEquals(LocalDate.of(2026, 7, 31), lastFriday.in(YearMonth.of(2026, 7)));
        assertEquals(LocalDate.of(2026, 7, 24), new ProgramReviewDay(WeekOfMonth.FOURTH, DayOfWeek.FRIDAY)
                .in(YearMonth.of(2026, 7)));
        // on the day after the last Friday of December: January's
        assertEquals(LocalDate.of(2027, 1, 29), lastFriday.next(LocalDate.of(2026, 12, 26)));
        assertEquals("the last Friday of every month", lastFriday.text());
    }

    @Test
    void theSecondAndThirdWeeksCountTheWeekdayFromTheFirstOfTheMonth() {
        // November 2026 starts on a Sunday: the second Monday is the 9th, the third Wednesday the 18th
        assertEquals(LocalDate.of(2026, 11, 9), new ProgramReviewDay(WeekOfMonth.SECOND, DayOfWeek.MONDAY)
                .in(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2026, 11, 18), new ProgramReviewDay(WeekOfMonth.THIRD, DayOfWeek.WEDNESDAY)
                .next(LocalDate.of(2026, 11, 18)));
    }

    @Test
    void aWeekendOrAMissingChoiceIsRefused() {
        assertEquals("the monthly program review is held on a weekday, Monday to Friday",
                assertThrows(IllegalArgumentException.class,
                        () -> new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.SATURDAY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProgramReviewDay(WeekOfMonth.LAST, DayOfWeek.SUNDAY));
        assertEquals("choose the week and the weekday of the monthly program review",
                assertThrows(IllegalArgumentException.class, () -> new ProgramReviewDay(null, DayOfWeek.MONDAY))
                        .getMessage());
    }
}

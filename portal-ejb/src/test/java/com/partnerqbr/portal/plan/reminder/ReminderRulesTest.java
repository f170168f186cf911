package com.partnerqbr.portal.plan.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 11, 2);

    @Test
    void aCheckInIsRemindedFromThreeDaysBeforeTheCadenceRunsOutUntilTheDayItDoes() {
        assertEquals(LocalDate.of(2026, 11, 16), ReminderRules.checkInDay(Cadence.EVERY_TWO_WEEKS, SINCE));
        assertEquals(LocalDate.of(2026, 12, 3), ReminderRules.checkInDay(Cadence.MONTHLY, SINCE));
        assertNull(ReminderRules.checkInDay(Cadence.AT_NEXT_QBR, SINCE));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.OPEN, Cadence.EVERY_TWO_WEEKS, SINCE, SINCE.plusDays(10)));
        assertTrue(ReminderRules.checkInDue(CommitmentStatus.OPEN, Cadence.EVERY_TWO_WEEKS, SINCE, SINCE.plusDays(11)));
        assertTrue(ReminderRules.checkInDue(CommitmentStatus.AT_RISK, Cadence.EVERY_TWO_WEEKS, SINCE, SINCE.plusDays(14)));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.OPEN, Cadence.EVERY_TWO_WEEKS, SINCE, SINCE.plusDays(15)),
                "the day after, the missed check-in is a flag, not a reminder");
        assertTrue(ReminderRules.checkInDue(CommitmentStatus.ON_TRACK, Cadence.MONTHLY, SINCE, SINCE.plusDays(28)));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.ON_TRACK, Cadence.MONTHLY, SINCE, SINCE.plusDays(27)));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.DONE, Cadence.EVERY_TWO_WEEKS, SINCE, SINCE.plusDays(12)));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.DROPPED, Cadence.MONTHLY, SINCE, SINCE.plusDays(30)));
        assertFalse(ReminderRules.checkInDue(CommitmentStatus.OPEN, Cadence.AT_NEXT_QBR, SINCE, SINCE.plusDays(30)));
    }

    @Test
    void aDefinitionWaitsAWeekAndADisputeMoreThanFourteenDays() {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        assertFalse(ReminderRules.definitionWaitedLongEnough(at, at.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertTrue(ReminderRules.definitionWaitedLongEnough(at, at.plus(Duration.ofDays(7))));
        assertFalse(ReminderRules.disputeOpenTooLong(at, at.plus(Duration.ofDays(14))));
        assertTrue(ReminderRules.disputeOpenTooLong(at, at.plus(Duration.ofDays(14)).plusSeconds(1)));
    }

    @Test
    void theDigestsWeekIsTheIsoWeek() {
        assertEquals("2026-W49", ReminderRules.week(LocalDate.of(2026, 12, 6)));
        assertEquals("2026-W53", ReminderRules.week(LocalDate.of(2027, 1, 1)));
        assertEquals("2027-W1", ReminderRules.week(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void aChoiceIsNamedInWords() {
        assertEquals("all reminders", ReminderChoices.words(true, EnumSet.allOf(ReminderKind.class)));
        assertEquals("no reminders", ReminderChoices.words(false, EnumSet.allOf(ReminderKind.class)));
        assertEquals("no reminders", ReminderChoices.words(true, Set.of()));
        assertEquals("only: Each week, your commitments past their due date", ReminderChoices.words(true,
                Set.of(ReminderKind.DIGEST)));
    }
}

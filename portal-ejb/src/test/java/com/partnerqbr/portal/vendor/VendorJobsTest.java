package com.partnerqbr.portal.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The log line of a vendor's failed step: job, vendor, types and place; never what the messages quote. */
class VendorJobsTest {

    @Test
    void aFailureIsLoggedByTypeAndPlaceWithoutItsMessages() {
        SQLIntegrityConstraintViolationException sql = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'paula@brightpath.example' for key 'ux_subscription'", "23000", 1062);
        sql.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.mariadb.jdbc.Driver", "send", "Driver.java", 10),
                new StackTraceElement("com.partnerqbr.portal.mail.Subscriptions", "optOut", "Subscriptions.java", 42)});
        EJBException wrapped = new EJBException("password=s3cret for paula@brightpath.example", sql);

        String line = VendorJobs.failure("Sending the reminders", "acme", wrapped);

        assertEquals("Sending the reminders of vendor acme failed (jakarta.ejb.EJBException, caused by"
                + " java.sql.SQLIntegrityConstraintViolationException [SQL state 23000, error 1062]"
                + " at com.partnerqbr.portal.mail.Subscriptions.optOut(Subscriptions.java:42)); the other vendors"
                + " go on. The exceptions' messages are not logged: they may hold personal data.", line);
        assertFalse(line.contains("paula") || line.contains("s3cret") || line.contains("Duplicate"), line);
    }

    @Test
    void withoutAFrameOfThePortalTheFirstFrameSaysWhere() {
        IllegalStateException failure = new IllegalStateException("Al Alliance <al@alpha.example>");
        failure.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.time.ZoneId", "of", "ZoneId.java", 7)});

        String line = VendorJobs.failure("Nightly refresh", "globex", failure);

        assertTrue(line.startsWith("Nightly refresh of vendor globex failed (java.lang.IllegalStateException at"
                + " java.time.ZoneId.of(ZoneId.java:7)); "), line);
        assertFalse(line.contains("Alliance") || line.contains("al@alpha.example"), line);
    }

    @Test
    void timersFiringALittleEarlyOrLateOnTwoServersNameTheSameDueTime() {
        Duration quarterHour = Duration.ofMinutes(15);
        Instant due = Instant.parse("2026-12-06T10:15:00Z");
        assertEquals(due, VendorJobs.dueTime(Instant.parse("2026-12-06T10:15:00.004Z"), quarterHour));
        assertEquals(due, VendorJobs.dueTime(Instant.parse("2026-12-06T10:14:59.990Z"), quarterHour));
        assertEquals(due, VendorJobs.dueTime(Instant.parse("2026-12-06T10:22:29Z"), quarterHour));
        assertEquals(due.plus(quarterHour), VendorJobs.dueTime(Instant.parse("2026-12-06T10:22:30Z"), quarterHour));
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"),
                VendorJobs.dueTime(Instant.parse("2026-12-06T02:30:01Z"), Duration.ofDays(1)), "the nightly refresh's night");
    }
}

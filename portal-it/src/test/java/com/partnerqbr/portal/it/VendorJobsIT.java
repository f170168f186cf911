package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.plan.reminder.Reminders;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import com.partnerqbr.portal.vendor.VendorJobs;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scheduled job's round ({@link VendorJobs}, the one the reminders, the sender, the long-tail mail
 * and the nightly refresh go through) through the real services, outbox and SMTP server: three
 * vendors, each with a QBR held two hours ago whose recap reminder is due; the step of the middle
 * one breaks half-way ({@link JobProbe}). Its work rolls back, the round goes on, the other two
 * vendors' reminders arrive, the log names the job, the vendor and where it failed and nothing the
 * failure's messages held; the next round sends the failed vendor's reminder, once.
 */
@ExtendWith(ArquillianExtension.class)
class VendorJobsIT {

    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("vendor-jobs-it", VendorJobsIT.class, ProgramDataProbe.class,
                QbrProbe.class, ReminderProbe.class, JobProbe.class), "vendor-jobs-it-probe.war");
    }

    @EJB
    private VendorDirectory vendors;

    @EJB
    private VendorJobs vendorJobs;

    @EJB
    private ReminderProbe reminderProbe;

    @EJB
    private JobProbe jobProbe;

    @EJB
    private Reminders reminders;

    @Test
    void aVendorWhoseStepFailsRollsBackAloneIsLoggedWithoutPersonalDataAndTheOthersRemindersGoOut() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> three = List.of("it-jobs-" + tag + "-a", "it-jobs-" + tag + "-b", "it-jobs-" + tag + "-c");
        String failing = three.get(1);
        Quarter quarter = ProgramCalendar.currentQuarter().previous();
        for (String vendor : three) {
            vendors.register(vendor, "Jobs vendor " + vendor);
            as(new Caller("ada", vendor, null, Set.of(Role.VENDOR_ADMIN)), () -> reminderProbe.recapDueTo(vic(vendor)));
        }

        List<String> ran = new ArrayList<>();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(VendorJobs.class.getName());
        log.addHandler(capture);
        try {
            vendorJobs.forEachVendor("Sending the reminders", () -> {
                ran.add(CDI.current().select(CallerContext.class).get().current().vendorCode());
                jobProbe.remindOrFail(failing);
            });
        } finally {
            log.removeHandler(capture);
        }

        assertEquals(three, ran.stream().filter(three::contains).toList(),
                "the step ran for each vendor in turn, the one after the failed one included");
        List<LogRecord> failures = logged.stream().filter(r -> r.getMessage().contains(failing)).toList();
        assertEquals(1, failures.size(), "one line for the vendor whose step failed");
        String line = failures.get(0).getMessage();
        assertTrue(line.startsWith("Sending the reminders of vendor " + failing + " failed (jakarta.ejb."), line);
        assertTrue(line.contains("caused by java.lang.IllegalStateException at com.partnerqbr.portal.it.JobProbe"
                + ".remindOrFail(JobProbe.java:"), line);
        assertTrue(line.endsWith("); the other vendors go on. The exceptions' messages are not logged: they may hold"
                + " personal data."), line);
        assertFalse(line.contains("vic@") || line.contains("Vic Vendor") || line.contains("hunter2"), line);
        assertNull(failures.get(0).getThrown(), "no stack trace with the messages in it");
        assertEquals(List.of(), logged.stream().filter(r -> three.stream().filter(v -> !v.equals(failing))
                .anyMatch(r.getMessage()::contains)).toList(), "the other two vendors' steps did not fail");

        Caller failed = Caller.system(failing);
        assertEquals(0, as(failed, () -> reminderProbe.reminderKeys("probe-half-way:")),
                "the failed step's key rolled back");
        assertEquals(0, as(failed, () -> reminderProbe.outboxRows(vic(failing), "Written half-way")),
                "the failed step's message rolled back");

        Mailbox mailbox = Mailbox.inServer();
        for (String vendor : List.of(three.get(0), three.get(2))) {
            assertEquals(1, mailbox.await(vic(vendor), m -> m.subject().startsWith("Recap due: the " + quarter
                    + " QBR of Partner alpha on "), DELIVERY).size(), vendor);
        }

        // the next round (the reminder schedule's own step): the failed vendor's reminder goes out, once
        vendorJobs.forEachVendor("Sending the reminders", reminders::run);
        assertEquals(1, mailbox.await(vic(failing), m -> m.subject().startsWith("Recap due: the " + quarter
                + " QBR of Partner alpha on "), DELIVERY).size());
        Thread.sleep(12_000); // a later run of the sender finds nothing more
        for (String vendor : three) {
            assertEquals(1, mailbox.matching(vic(vendor), m -> true).size(), vendor + ": the recap reminder, once");
        }
    }

    private static String vic(String vendor) {
        return "vic@" + vendor + ".example";
    }
}

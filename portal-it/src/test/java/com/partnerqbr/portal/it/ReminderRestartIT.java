package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.mail.OutboxMessage;
import com.partnerqbr.portal.mail.OutboxStatus;
import com.partnerqbr.portal.plan.reminder.Reminders;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once across a real restart of Payara Server: with the stack's SMTP server stopped, the
 * reminder job writes a recap reminder (its key and its message in the outbox), and the sender's
 * attempts fail, so the message waits unsent; Payara is stopped and started again (a new JVM: nothing
 * of the application's memory survives, the applications are loaded afresh); the SMTP server comes
 * back. After the restart the job writes nothing again, and the message written before it arrives
 * once, delivered by the restarted server.
 *
 * <p>The steps run in order, the server's before and after the restart; the vendor's code comes with
 * the deployment (a static field would not survive the restart).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderRestartIT {

    private static final String WAR = "reminder-restart-it-probe.war";
    private static final String SETTINGS = "reminder-restart-it.properties";
    private static final String SUBJECT = "Recap due: the ";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Mailbox.addTo(ServicesDeployment.of("reminder-restart-it", ReminderRestartIT.class,
                ProgramDataProbe.class, QbrProbe.class, ReminderProbe.class, MailProbe.class), WAR);
        ear.getAsType(WebArchive.class, WAR).addAsResource(new StringAsset("vendor=it-restart-"
                + UUID.randomUUID().toString().substring(0, 8) + "\n"), SETTINGS);
        return ear;
    }

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ReminderProbe reminderProbe;

    @EJB
    private MailProbe mailProbe;

    @EJB
    private Reminders reminders;

    @Test
    @Order(1)
    @RunAsClient
    void theMailServerStops() {
        StackSession.stack().stopMailServer();
    }

    @Test
    @Order(2)
    void theJobWritesAReminderWhoseMessageWaitsUnsent() throws Exception {
        String vendor = vendor();
        vendors.register(vendor, "Restart vendor " + vendor);
        as(new Caller("ada", vendor, null, Set.of(Role.VENDOR_ADMIN)), () -> reminderProbe.recapDueTo(vic()));

        assertEquals(1, as(Caller.system(vendor), () -> reminders.run()), "the recap reminder");
        // the sender (every 10 s) tries and fails: the SMTP server is down
        for (int i = 0; i < 120 && (row().getAttempts() < 1 || row().getStatus() != OutboxStatus.PENDING); i++) {
            Thread.sleep(500);
        }
        OutboxMessage waiting = row();
        assertEquals(OutboxStatus.PENDING, waiting.getStatus());
        assertTrue(waiting.getAttempts() >= 1, "attempts: " + waiting.getAttempts());
        assertEquals("the mail server did not answer (connection refused); the message waits for the next attempt",
                waiting.getLastError());
    }

    @Test
    @Order(3)
    @RunAsClient
    void payaraRestartsThenTheMailServerComesBack() throws Exception {
        Instant start = Instant.now();
        Duration took = StackSession.stack().restartApplicationServer();
        StackSession.stack().startMailServer();
        // the applications load after the server's startup: wait for this test's module to answer again
        URI runner = URI.create(System.getProperty("portal.it.base.url").replaceAll("/portal$", "")
                + "/" + WAR.replace(".war", "") + "/ArquillianServletRunnerEE9");
        HttpClient client = HttpClient.newHttpClient();
        int status = 404;
        for (int i = 0; i < 300 && (status == 404 || status == 503); i++) {
            Thread.sleep(1_000);
            try {
                status = client.send(HttpRequest.newBuilder(runner).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = 404;
            }
        }
        System.out.println("Payara Server restarted in " + took.toSeconds() + " s, the test's module answering after "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        assertTrue(status != 404 && status != 503, "the test's module answers after the restart: " + status);
    }

    @Test
    @Order(4)
    void afterTheRestartNothingIsWrittenAgainAndTheWaitingMessageArrivesOnce() throws Exception {
        Caller job = Caller.system(vendor());
        assertEquals(0, as(job, () -> reminders.run()), "the reminder went out before the restart");
        assertEquals(1, as(job, () -> reminderProbe.reminderKeys("recap:")));
        Mailbox mailbox = Mailbox.inServer();
        List<Mailbox.Mail> mails = mailbox.await(vic(), m -> m.subject().startsWith(SUBJECT), Duration.ofSeconds(180));
        assertEquals(1, mails.size());
        for (int i = 0; i < 60 && row().getStatus() != OutboxStatus.SENT; i++) {
            Thread.sleep(500);
        }
        Thread.sleep(12_000); // a later run of the sender finds nothing more
        assertEquals(1, mailbox.matching(vic(), m -> true).size(), "the recap reminder, once");
        OutboxMessage sent = row();
        assertEquals(OutboxStatus.SENT, sent.getStatus());
        assertTrue(sent.getAttempts() >= 2, "tried before the restart, delivered after it: " + sent.getAttempts());
        assertNull(sent.getLastError());
        assertEquals(1, as(job, () -> reminderProbe.outboxRows(vic(), SUBJECT)), "one message written, ever");
    }

    /** The one outbox row of the vendor's recap reminder. */
    private OutboxMessage row() {
        List<OutboxMessage> rows = as(Caller.system(vendor()), () -> mailProbe.outboxRowsWith("Review and send it"));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static String vic() {
        return "vic@" + vendor() + ".example";
    }

    private static String vendor() {
        Properties settings = new Properties();
        try (InputStream in = ReminderRestartIT.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.getProperty("vendor");
    }
}

package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.mail.MailSender;
import com.partnerqbr.portal.mail.OutboxMessage;
import com.partnerqbr.portal.mail.OutboxStatus;
import com.partnerqbr.portal.mail.SentMail;
import com.partnerqbr.portal.mail.SentMailLog;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.stack.PortalStack;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail through the real outbox, the real mail session and the stack's real SMTP server (GreenMail,
 * read back over its API): a partner's question reaches the vendor's admins with the vendor's
 * sender name, a reply-to of the person who asked and both bodies; a change that rolls back
 * sends nothing; two senders at once deliver a message once; with the SMTP server stopped a
 * message waits with its error in words and is delivered once when the server is back. The
 * sent-mail log shows a vendor's own messages to its admins only.
 *
 * <p>The steps run in order: the server's steps keep the test vendor in static fields (one
 * deployment), the client's steps stop and start the stack's mail server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {

    private static final String WAR = "mail-it-probe.war";
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    /** Kept between the server's steps (the same deployment): the vendor under test and its figure. */
    private static String vendor;
    private static String other;
    private static long figure;
    private static String downToken;

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("mail-it", MailIT.class, MailProbe.class, ProgramDataProbe.class), WAR);
    }

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ProgramDataProbe data;

    @EJB
    private MailProbe probe;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DisputeService disputes;

    @EJB
    private MailSender sender;

    @EJB
    private SentMailLog log;

    @EJB
    private ParallelWork parallel;

    @Resource
    private UserTransaction transaction;

    private Caller admin() {
        return Caller.system(vendor);
    }

    private Caller partnerAdmin() {
        return new Caller("pat", vendor, "alpha", Set.of(Role.PARTNER_ADMIN), "pat@alpha.example");
    }

    private static String admins() {
        return "admins@" + vendor + ".example";
    }

    private static Mailbox mailbox() throws Exception {
        return Mailbox.inServer();
    }

    /** The vendor, its admins' address, a partner with a scorecard of last quarter, and another vendor. */
    private void setUp() {
        if (vendor != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        vendor = "it-mail-" + tag;
        other = "it-mail-other-" + tag;
        vendors.register(vendor, "Mail IT " + tag, "admins@" + vendor + ".example");
        vendors.register(other, "Other vendor " + tag, "admins@" + other + ".example");
        Quarter quarter = ProgramCalendar.currentQuarter().previous();
        Acting.as(admin(), () -> {
            data.partner("alpha", PartnerType.RESELLER);
            data.target("alpha", quarter, 100_000);
        });
        Acting.as(admin(), () -> scorecards.refresh(quarter));
        figure = Acting.as(admin(), () -> probe.figureOf("alpha"));
    }

    private String raise(String token) {
        Acting.as(partnerAdmin(), () -> disputes.raise(figure, "The <b>figure</b> looks wrong & low: " + token));
        return token;
    }

    private static String token() {
        return "T" + UUID.randomUUID().toString().substring(0, 12);
    }

    private List<OutboxMessage> rows(String token) {
        return Acting.as(admin(), () -> probe.outboxRowsWith(token));
    }

    @Test
    @Order(1)
    void aPartnersQuestionReachesTheVendorsAdminsWithBothBodiesAndTheVendorsName() throws Exception {
        setUp();
        String token = raise(token());
        List<Mailbox.Mail> mails = mailbox().await(admins(), m -> m.text() != null && m.text().contains(token), DELIVERY);
        assertEquals(1, mails.size(), "one message for the question");
        Mailbox.Mail mail = mails.get(0);
        String name = vendors.findByCode(vendor).orElseThrow().getName();
        assertEquals(name + " <portal@partnerqbr.example>", mail.from());
        assertEquals(admins(), mail.to());
        assertEquals("pat@alpha.example", mail.replyTo());
        assertTrue(mail.subject().startsWith("Partner alpha questions ") && mail.subject().endsWith("(" + name + ")"),
                mail.subject());
        assertTrue(mail.contentType().startsWith("multipart/alternative"), mail.contentType());
        assertTrue(mail.text().contains("Partner alpha questions a figure of its " + ProgramCalendar.currentQuarter().previous()
                + " scorecard in the " + name + " partner program."), mail.text());
        assertTrue(mail.text().contains("Comment: The <b>figure</b> looks wrong & low: " + token), mail.text());
        assertTrue(mail.text().contains("Answer it on the Disputes page: http://127.0.0.1:"), mail.text());
        assertTrue(mail.text().contains("/portal/disputes.xhtml"), mail.text());
        assertTrue(mail.html().contains("The &lt;b&gt;figure&lt;/b&gt; looks wrong &amp; low: " + token), mail.html());
        assertTrue(mail.html().contains("<a href=\"http://127.0.0.1:") && mail.html().contains("/portal/disputes.xhtml\">"),
                mail.html());
        assertFalse(mail.text().contains(other) || mail.html().contains("Other vendor"), "nothing of another vendor");
        OutboxMessage row = rows(token).get(0);
        assertEquals("<outbox-" + row.getId() + "." + vendor + "@partnerqbr.example>", mail.messageId());

        awaitStatus(token, OutboxStatus.SENT);
        List<SentMail> lines = Acting.as(admin(), () -> log.page(0, 100));
        SentMail line = lines.stream().filter(l -> l.id() == row.getId()).findFirst().orElseThrow();
        assertEquals(admins(), line.recipient());
        assertEquals(mail.subject(), line.subject());
        assertEquals(OutboxStatus.SENT, line.status());
        assertEquals(1, line.attempts());
        assertNotNull(line.sentAt());
        assertEquals(lines.size(), Acting.as(admin(), () -> log.count()));
    }

    @Test
    @Order(2)
    void theSentMailLogIsTheVendorsAdminsOwn() {
        setUp();
        Caller otherAdmin = new Caller("oscar", other, null, Set.of(Role.VENDOR_ADMIN));
        assertEquals(List.of(), Acting.as(otherAdmin, () -> log.page(0, 100)), "another vendor's admin sees none of them");
        assertEquals(0L, Acting.as(otherAdmin, () -> log.count()));
        for (Caller refused : List.of(partnerAdmin(), new Caller("sue", vendor, "alpha", Set.of(Role.PARTNER_USER)),
                new Caller("max", vendor, null, Set.of(Role.PARTNER_MANAGER)),
                new Caller("eve", vendor, null, Set.of(Role.EXECUTIVE)))) {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                    () -> Acting.as(refused, () -> log.page(0, 10)), refused.name());
            assertEquals("the sent-mail log is for the vendor's admins", denied.getMessage());
        }
        assertTrue(Acting.as(admin(), () -> log.count()) > 0);
    }

    @Test
    @Order(3)
    void aChangeThatRollsBackSendsNothing() throws Exception {
        setUp();
        String token = token();
        transaction.begin();
        try {
            raise(token);
            assertEquals(1, rows(token).size(), "the message is in the outbox inside the transaction");
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), rows(token), "no dispute, no message");
        Acting.as(admin(), sender::deliverDue);
        Thread.sleep(12_000); // longer than the sender's schedule
        assertEquals(List.of(), mailbox().matching(admins(), m -> m.text() != null && m.text().contains(token)));
    }

    @Test
    @Order(4)
    void twoSendersAtOnceDeliverEachMessageOnce() throws Exception {
        setUp();
        List<String> tokens = List.of(raise(token()), raise(token()), raise(token()));
        List<Future<Integer>> running = List.of(parallel.run(admin(), sender::deliverDue),
                parallel.run(admin(), sender::deliverDue));
        int sentByBoth = ParallelWork.results(running).stream().mapToInt(Integer::intValue).sum();
        assertTrue(sentByBoth <= 3, "the two senders together sent " + sentByBoth + " of 3 messages");
        for (String token : tokens) {
            awaitStatus(token, OutboxStatus.SENT);
        }
        Thread.sleep(12_000); // a later run of the schedule finds nothing to send again
        for (String token : tokens) {
            assertEquals(1, mailbox().matching(admins(), m -> m.text() != null && m.text().contains(token)).size(), token);
            OutboxMessage row = rows(token).get(0);
            assertEquals(OutboxStatus.SENT, row.getStatus());
            assertEquals(1, row.getAttempts(), "claimed once");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void theMailServerStops() {
        PortalStack stack = StackSession.stack();
        assertNotNull(stack, "runs inside the test stack");
        stack.stopMailServer();
    }

    @Test
    @Order(6)
    void whileTheMailServerIsDownAMessageWaitsWithTheErrorInWords() throws Exception {
        setUp();
        downToken = raise(token());
        Acting.as(admin(), sender::deliverDue);
        OutboxMessage row = rows(downToken).get(0);
        assertEquals(OutboxStatus.PENDING, row.getStatus());
        assertTrue(row.getAttempts() >= 1, "attempts: " + row.getAttempts());
        assertEquals("the mail server did not answer (connection refused); the message waits for the next attempt",
                row.getLastError());
        SentMail line = Acting.as(admin(), () -> log.page(0, 100)).stream().filter(l -> l.id() == row.getId()).findFirst()
                .orElseThrow();
        assertEquals(row.getLastError(), line.lastError());
        // the schedule (every 10 s) tries again once the 5 s backoff is over: within 15 s, later on a busy machine
        for (int i = 0; i < 120 && rows(downToken).get(0).getAttempts() < 2; i++) {
            Thread.sleep(500);
        }
        assertTrue(rows(downToken).get(0).getAttempts() >= 2, "tried again with the server still down");
    }

    @Test
    @Order(7)
    @RunAsClient
    void theMailServerComesBack() throws Exception {
        StackSession.stack().startMailServer();
    }

    @Test
    @Order(8)
    void onceTheServerIsBackTheMessageIsDeliveredOnce() throws Exception {
        assertNotNull(downToken, "the outage step ran");
        String token = downToken;
        List<Mailbox.Mail> mails = mailbox().await(admins(), m -> m.text() != null && m.text().contains(token),
                Duration.ofSeconds(150));
        assertEquals(1, mails.size(), "delivered once the server is back");
        awaitStatus(token, OutboxStatus.SENT);
        Thread.sleep(12_000);
        assertEquals(1, mailbox().matching(admins(), m -> m.text() != null && m.text().contains(token)).size());
        OutboxMessage row = rows(token).get(0);
        assertTrue(row.getAttempts() >= 2, "attempts: " + row.getAttempts());
        assertEquals(null, row.getLastError());
    }

    private void awaitStatus(String token, OutboxStatus status) throws InterruptedException {
        for (int i = 0; i < 60 && rows(token).get(0).getStatus() != status; i++) {
            Thread.sleep(500);
        }
        assertEquals(status, rows(token).get(0).getStatus(), token);
    }
}

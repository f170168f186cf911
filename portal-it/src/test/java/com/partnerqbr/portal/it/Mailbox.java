package com.partnerqbr.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the stack's mail server (GreenMail) really received for an address, read through its REST
 * API ({@code /api/user/<address>/messages/INBOX}, each message with its raw MIME text) and parsed
 * with Jakarta Mail. Used on the client and, with the API's address given, inside the server.
 */
final class Mailbox {

    private static final String SETTINGS = "mailbox.properties";

    private final String api;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Mailbox(String api) {
        this.api = api;
    }

    /** Puts the mailbox, with the mail server's API address, into the test web module {@code war} of a test EAR. */
    static EnterpriseArchive addTo(EnterpriseArchive ear, String war) {
        ear.getAsType(WebArchive.class, war).addClass(Mailbox.class).addAsResource(new StringAsset("api="
                + System.getProperty("portal.it.mail.api.url") + "\n"), SETTINGS);
        return ear;
    }

    /** Inside the server: the mailbox {@link #addTo} put into the test's web module. */
    static Mailbox inServer() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Mailbox.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            settings.load(in);
        }
        return new Mailbox(settings.getProperty("api"));
    }

    /**
     * A received message as a person reads it: the headers that matter ("Name <address>"), both
     * bodies, its files, its one-click unsubscribe headers (null when it has none).
     */
    record Mail(String from, String to, String replyTo, String subject, String messageId, String contentType,
                String text, String html, List<File> files, String listUnsubscribe, String listUnsubscribePost) {
    }

    /** A file a message carries: its name, its MIME type as sent, its bytes. */
    record File(String name, String contentType, byte[] content) {
    }

    /** Every message the address received, oldest first; none when it received nothing yet. */
    List<Mail> of(String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).timeout(Duration.ofSeconds(20)).build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return List.of(); // no such mailbox yet: GreenMail creates one with the first message
        }
        List<Mail> mails = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonArray messages = reader.readArray();
            for (JsonValue value : messages) {
                mails.add(parse(((JsonObject) value).getString("mimeMessage")));
            }
        }
        return mails;
    }

    /** The messages of the address that match, once at least one does or the time is up. */
    List<Mail> await(String address, Predicate<Mail> which, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        List<Mail> found = matching(address, which);
        while (found.isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            found = matching(address, which);
        }
        return found;
    }

    List<Mail> matching(String address, Predicate<Mail> which) throws Exception {
        return of(address).stream().filter(which).toList();
    }

    private static Mail parse(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        Parts parts = new Parts();
        parts.add(message);
        return new Mail(addresses(message.getFrom()), addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                addresses(message.getReplyTo()), message.getSubject(), message.getMessageID(),
                message.getContentType().replaceAll("\\s+", " "), parts.text, parts.html, parts.files,
                message.getHeader("List-Unsubscribe", null), message.getHeader("List-Unsubscribe-Post", null));
    }

    /** The bodies and files of a message, nested multiparts (mixed around alternative) included. */
    private static final class Parts {
        private String text;
        private String html;
        private final List<File> files = new ArrayList<>();

        void add(Part part) throws Exception {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                files.add(new File(part.getFileName(), part.getContentType().replaceAll("\\s+", " "),
                        part.getInputStream().readAllBytes()));
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    add(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/html")) {
                html = ((String) part.getContent()).replace("\r\n", "\n");
            } else if (part.isMimeType("text/plain")) {
                text = ((String) part.getContent()).replace("\r\n", "\n");
            } else {
                text = String.valueOf(part.getContent());
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? null : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet && internet.getPersonal() != null
                        ? internet.getPersonal() + " <" + internet.getAddress() + ">" : a.toString()).collect(Collectors.joining(", "));
    }
}

package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local mail server: GreenMail standalone (from Maven Central) as a process of its own, on
 * 127.0.0.1 only: SMTP for the portal's mail session and Keycloak's realm, IMAP for any mail
 * client and its REST API (messages as JSON) for a look from a browser or curl. It accepts mail
 * for any address and keeps it in memory (a restart forgets it); authentication is off, so any
 * password opens a mailbox: a throw-away demo server, never one for real mail.
 */
final class MailServer implements AutoCloseable {

    private final StackSettings settings;
    private final Distributions distributions;
    private Process process;

    MailServer(StackSettings settings, Distributions distributions) {
        this.settings = settings;
        this.distributions = distributions;
    }

    void start() throws IOException, InterruptedException {
        int smtp = settings.port("portal.mail.smtp.port");
        int imap = settings.port("portal.mail.imap.port");
        int api = settings.port("portal.mail.api.port");
        Processes.requireFree(smtp, "The mail server");
        Processes.requireFree(imap, "The mail server");
        Processes.requireFree(api, "The mail server");
        Path log = log();
        ProcessBuilder builder = Processes.detached(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                // Its temporary files under the stack's state (which also names it as this stack's server).
                "-Djava.io.tmpdir=" + Files.createDirectories(settings.stateDir().resolve("mail")),
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtp,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imap,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + api,
                // Any address receives mail, any password opens its mailbox: demo only.
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.users.login=email",
                "-Dgreenmail.startup.timeout=30000",
                "-jar", distributions.greenMailJar().toString()));
        process = Processes.start(builder, log);
        Processes.awaitHttpOk(settings.mailApiUrl() + "/api/service/readiness", Duration.ofMinutes(2), process, log);
    }

    private Path log() {
        return settings.stateDir().resolve("logs/mail.log");
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
        process = null;
    }
}

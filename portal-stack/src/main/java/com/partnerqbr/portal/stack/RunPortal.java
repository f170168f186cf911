package com.partnerqbr.portal.stack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The README's run command: starts the portal and keeps it up until Ctrl-C. */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("portal.repo", ".")).toAbsolutePath().normalize();
        PortalStack stack = new PortalStack(StackSettings.load(repo));
        // Maven's console stream can fail while the JVM shuts down (seen with the output
        // redirected to a file), so the hook writes to the plain standard output and stops
        // the servers whatever happens to the messages.
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The servers run in sessions of their own (see Processes), so Ctrl-C reaches this JVM only,
        // and this hook stops them one after the other.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Instant begin = Instant.now();
            try {
                console.println("Stopping the portal (" + (stack.settings().micro() ? "Payara Micro"
                        : stack.settings().group() ? "the deployment group" : "Payara Server")
                        + ", Keycloak, the mail server, MariaDB)...");
            } finally {
                stack.close();
                console.println("Stopped in " + Duration.between(begin, Instant.now()).toSeconds() + " s.");
            }
        }, "portal-stop"));
        Duration took = stack.start();
        StackSettings settings = stack.settings();
        System.out.printf("""

                ================================================================
                 Partner portal is up after %d s:  %s/
                 %s
                 Keycloak admin console:  %s/admin/  (admin / see config/stack.properties)
                 Demo logins (throw-away demo password for all: demo)
                   Acme Analytics:  alice (vendor-admin), max (partner-manager), erin (executive)
                                    paula (partner-admin, Brightpath Solutions), sam (partner-user, Brightpath)
                                    omar (partner-admin, Orbit Integrations)
                   Globex Systems:  gina (vendor-admin), greg (partner-manager), gabe (executive)
                                    pete (partner-admin, Summit Resellers), polly (partner-user, Summit)
                   Platform operator (opens vendors):  olga
                 Mail the portal and Keycloak sent (throw-away demo mail server, kept in memory):
                   IMAP 127.0.0.1:%s, user = the address (alice@acme.example), any password, no TLS
                   or in a browser: %s/api/user/alice@acme.example/messages/INBOX
                 Data and logs: %s
                 Press Ctrl-C to stop everything.
                ================================================================
                %n""", took.toSeconds(), settings.portalBaseUrl(), settings.micro()
                        ? "On Payara Micro (" + settings.get("portal.micro.instances") + " instance(s)); the REST API is the EAR's only"
                        : (settings.group() ? "On a deployment group of two Payara Server instances behind HAProxy; " : "")
                                + "REST API:  " + settings.apiBaseUrl() + "/partners  (bearer token: see README; OpenAPI: "
                                + settings.openApiUrl() + ")", settings.keycloakUrl(), settings.get("portal.mail.imap.port"),
                settings.mailApiUrl(), settings.stateDir());
        Thread.currentThread().join();
    }
}

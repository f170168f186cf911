package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy (Debian's {@code haproxy}) on 127.0.0.1 at the portal's address, in front of the portal's
 * instances (Payara Micro, or a deployment group of Payara Server), in a session of its own. A browser
 * stays on the instance that served it first (the cookie {@code PORTAL_INSTANCE} names it). When that
 * instance stops answering, its requests go to another one, which reads the session from the data grid
 * (see the README). An instance is checked every second (its style sheet, no session, 5 s to answer)
 * and taken out after three failures; a request that cannot connect is sent to another at once.
 * An instance gets at most 32 requests at once; more wait in the proxy's queue (up to 60 s), not in
 * the instance's, so a saturated instance still answers its check in time (without the limit the load
 * benchmark's open phase queued hundreds of requests in both instances, both failed their checks and
 * the proxy answered 503).
 */
final class LoadBalancer implements AutoCloseable {

    static final String COOKIE = "PORTAL_INSTANCE";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    /** An instance the proxy sends requests to: its name (the cookie's value) and its HTTP port on 127.0.0.1. */
    interface Backend {
        String name();

        int httpPort();
    }

    private final StackSettings settings;
    private final List<? extends Backend> instances;
    private Process process;

    LoadBalancer(StackSettings settings, List<? extends Backend> instances) {
        this.settings = settings;
        this.instances = instances;
    }

    void start() throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("more than one instance needs HAProxy in front: "
                    + "apt-get install haproxy (Debian's package, " + HAPROXY + ")");
        }
        int port = settings.port("portal.http.port");
        Processes.requireFree(port, "HAProxy");
        Path config = settings.stateDir().resolve("haproxy.cfg");
        Files.writeString(config, configuration(port), StandardCharsets.UTF_8);
        Path log = settings.stateDir().resolve("logs/haproxy.log");
        // -db: in the foreground, so that it is this process that the stack stops.
        process = Processes.start(Processes.detached(List.of(HAPROXY.toString(), "-db", "-f", config.toString())), log);
        Processes.awaitHttpOk(settings.portalBaseUrl() + "/jakarta.faces.resource/css/portal.css.xhtml",
                Duration.ofMinutes(1), process, log);
    }

    private String configuration(int port) {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    timeout check 5s
                    timeout queue 60s
                    retries 2
                    option redispatch

                frontend portal
                    bind 127.0.0.1:%d
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /portal/jakarta.faces.resource/css/portal.css.xhtml
                    http-check expect status 200
                    default-server inter 1s fall 3 rise 2 maxconn 32
                """.formatted(port, COOKIE));
        for (Backend instance : instances) {
            config.append("    server ").append(instance.name()).append(" 127.0.0.1:").append(instance.httpPort())
                    .append(" check cookie ").append(instance.name()).append('\n');
        }
        return config.toString();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
        process = null;
    }
}

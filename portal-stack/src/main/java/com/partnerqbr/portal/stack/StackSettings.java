package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The local stack's settings: {@code config/stack.properties}, each key overridable by a
 * system property of the same name or an environment variable (PORTAL_HTTP_PORT for
 * portal.http.port).
 */
public final class StackSettings {

    /** How many consecutive ports Payara's internal listeners take from the base (six, and one for the data grid to move up to). */
    static final int INTERNAL_PORTS = 7;
    /** How many Payara Micro instances a test run may start (ports reserved for each). */
    static final int MICRO_INSTANCES = 4;
    /** How many consecutive ports a deployment group takes: the DAS's HTTP and HTTPS, then ten for each instance. */
    static final int GROUP_PORTS = 10 * (DeploymentGroup.INSTANCES + 1);

    private final Path repo;
    private final Properties values;

    private StackSettings(Path repo, Properties values) {
        this.repo = repo;
        this.values = values;
    }

    /** The settings of the run command, from the repository's config directory. */
    public static StackSettings load(Path repo) {
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(repo.resolve("config/stack.properties"))) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config/stack.properties", e);
        }
        for (String key : values.stringPropertyNames()) {
            String env = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            if (env != null) {
                values.setProperty(key, env);
            }
            String property = System.getProperty(key);
            if (property != null) {
                values.setProperty(key, property);
            }
        }
        return new StackSettings(repo, values);
    }

    /** These settings with their own state directory and free ports, for a test run beside a running portal. */
    public StackSettings forTests(Path stateDir) {
        Properties copy = new Properties();
        copy.putAll(values);
        copy.setProperty("portal.state.dir", stateDir.toAbsolutePath().toString());
        for (String key : new String[] {"portal.db.port", "portal.keycloak.port", "portal.keycloak.management.port",
            "portal.mail.smtp.port", "portal.mail.imap.port", "portal.mail.api.port"}) {
            copy.setProperty(key, String.valueOf(freePort()));
        }
        return new StackSettings(repo, copy).withOwnServerPorts();
    }

    /**
     * These settings with free ports for the portal's servers (Payara Server, Micro, a deployment group and the
     * proxy), the database, Keycloak and the mail server unchanged: a second portal beside a running one.
     */
    public StackSettings withOwnServerPorts() {
        Properties copy = new Properties();
        copy.putAll(values);
        for (String key : new String[] {"portal.http.port", "portal.https.port", "portal.admin.port"}) {
            copy.setProperty(key, String.valueOf(freePort()));
        }
        copy.setProperty("portal.internal.port.base", String.valueOf(freePortRange(INTERNAL_PORTS)));
        copy.setProperty("portal.micro.http.port", String.valueOf(freePortRange(MICRO_INSTANCES)));
        copy.setProperty("portal.micro.datagrid.port", String.valueOf(freePortRange(MICRO_INSTANCES)));
        copy.setProperty("portal.group.port.base", String.valueOf(freePortRange(GROUP_PORTS)));
        return new StackSettings(repo, copy);
    }

    /** These settings with one value changed (a Payara Micro cluster beside the test stack: its port, schema, state). */
    public StackSettings with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(values);
        copy.setProperty(key, value);
        return new StackSettings(repo, copy);
    }

    /** Whether the portal runs as the WAR on Payara Micro ({@code portal.server=micro}) instead of the EAR on Payara Server. */
    public boolean micro() {
        return "micro".equals(server());
    }

    /** Whether the EAR runs on a deployment group of Payara Server instances ({@code portal.server=group}) behind HAProxy. */
    public boolean group() {
        return "group".equals(server());
    }

    private String server() {
        String server = get("portal.server");
        if (!java.util.Set.of("server", "micro", "group").contains(server)) {
            throw new IllegalStateException("portal.server is 'server', 'micro' or 'group', not '" + server + "'");
        }
        return server;
    }

    public String get(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("setting " + key + " is missing in config/stack.properties");
        }
        return value.strip();
    }

    public int port(String key) {
        return Integer.parseInt(get(key));
    }

    public Path repo() {
        return repo;
    }

    public Path stateDir() {
        return repo.resolve(get("portal.state.dir")).toAbsolutePath().normalize();
    }

    public Path configDir() {
        return repo.resolve("config");
    }

    public Path earFile() {
        return repo.resolve("portal-ear/target/portal.ear");
    }

    /** The same application for Payara Micro, built beside the EAR: the pages' WAR (with the services). */
    public Path microWarFile() {
        return repo.resolve("portal-ear/target/portal-micro.war");
    }

    /** The REST API's WAR for Payara Micro (with the services), built beside the EAR. */
    public Path microApiWarFile() {
        return repo.resolve("portal-ear/target/portal-micro-api.war");
    }

    public String portalBaseUrl() {
        return "http://127.0.0.1:" + port("portal.http.port") + "/portal";
    }

    /** The REST API, version 1 (module portal-api, context root /api). */
    public String apiBaseUrl() {
        return "http://127.0.0.1:" + port("portal.http.port") + "/api/v1";
    }

    /** Payara Server's MicroProfile OpenAPI document, which describes the REST API. */
    public String openApiUrl() {
        return "http://127.0.0.1:" + port("portal.http.port") + "/openapi";
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + port("portal.keycloak.port");
    }

    /** The mail server's REST API (GreenMail's): {@code /api/user/<address>/messages/INBOX} lists what an address received. */
    public String mailApiUrl() {
        return "http://127.0.0.1:" + port("portal.mail.api.port");
    }

    /** The OpenID Connect issuer of the portal realm. */
    public String issuer() {
        return keycloakUrl() + "/realms/portal";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /**
     * A range of ports free now, below Linux's ephemeral ports (32768 and up): these ranges are bound only when a
     * cluster test starts, minutes later, and a port in the ephemeral range could by then be the local end of a
     * connection (a fresh-clone run failed so: "port 42182 on 127.0.0.1 is in use").
     */
    private static int freePortRange(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20000, 32700 - count);
            boolean allFree = true;
            for (int port = base; port < base + count && allFree; port++) {
                allFree = isFree(port);
            }
            if (allFree) {
                return base;
            }
        }
        throw new IllegalStateException("no range of " + count + " free ports on 127.0.0.1");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

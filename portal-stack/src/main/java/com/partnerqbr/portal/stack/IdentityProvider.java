package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode on 127.0.0.1, importing the portal realm from
 * {@code config/keycloak/portal-realm.json} on its first start (an existing realm is kept), with
 * the portal's login theme from {@code config/keycloak/themes}. The file's {@code @PORTAL_BASE_URL@}
 * and {@code @PORTAL_SMTP_PORT@} (the realm's mail goes to the stack's mail server) are written
 * over with the stack's values in the copy it imports.
 */
final class IdentityProvider implements AutoCloseable {

    private final StackSettings settings;
    private final Distributions distributions;
    private Process process;

    IdentityProvider(StackSettings settings, Distributions distributions) {
        this.settings = settings;
        this.distributions = distributions;
    }

    /** Starts the process; {@link #awaitReady()} waits until the realm answers. */
    void start() throws IOException {
        Path home = settings.stateDir().resolve("keycloak");
        Distributions.unpackOnce(distributions.keycloakZip(), home);
        Path imports = Files.createDirectories(home.resolve("data/import"));
        String realm = Files.readString(settings.configDir().resolve("keycloak/portal-realm.json"), StandardCharsets.UTF_8);
        Files.writeString(imports.resolve("portal-realm.json"), realm.replace("@PORTAL_BASE_URL@", settings.portalBaseUrl())
                .replace("@PORTAL_SMTP_PORT@", settings.get("portal.mail.smtp.port")),
                StandardCharsets.UTF_8);
        linkThemes(home);
        Processes.requireFree(settings.port("portal.keycloak.port"), "Keycloak");
        ProcessBuilder builder = Processes.detached(List.of(
                home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.port("portal.keycloak.port"),
                "--http-management-port=" + settings.port("portal.keycloak.management.port"),
                "--import-realm",
                // The realm's brute-force detection counts wrong passwords; by default Keycloak 26 also
                // refuses a person's second sign-in while the first is under way ("temporarily
                // disabled"): two tabs or devices at once, or the load benchmark's many sessions of
                // one demo person (ConcurrentSessionsIT).
                "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true"));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.get("portal.keycloak.admin.user"));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.get("portal.keycloak.admin.password"));
        env.put("PORTAL_BASE_URL", settings.portalBaseUrl());
        process = Processes.start(builder, settings.stateDir().resolve("logs/keycloak.log"));
    }

    /**
     * Keycloak finds the portal's login theme in its themes folder through a link to
     * config/keycloak/themes/portal, so that an edit there shows at the next page load
     * (development mode caches no theme).
     */
    private void linkThemes(Path home) throws IOException {
        Path link = home.resolve("themes/portal");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, settings.configDir().resolve("keycloak/themes/portal").toAbsolutePath());
    }

    void awaitReady() throws IOException, InterruptedException {
        Processes.awaitHttpOk(settings.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(4),
                process, settings.stateDir().resolve("logs/keycloak.log"));
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(60));
        process = null;
    }
}

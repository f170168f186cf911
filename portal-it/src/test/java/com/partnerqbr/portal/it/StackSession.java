package com.partnerqbr.portal.it;

import com.partnerqbr.portal.stack.Distributions;
import com.partnerqbr.portal.stack.PortalStack;
import com.partnerqbr.portal.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real stack (MariaDB, the mail server, Keycloak with the portal realm, Payara Server
 * with the EAR) once per test run, on free ports and a fresh database and realm, and stops it when
 * the run ends. Tests find it through system properties.
 */
public class StackSession implements LauncherSessionListener {

    private static PortalStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String stateDir = System.getProperty("portal.it.state.dir");
        if (stateDir == null || stack != null) {
            return;
        }
        try {
            Path state = Path.of(stateDir);
            // A run starts from an empty database and a freshly imported realm; unpacked servers are reused.
            Distributions.deleteTree(state.resolve("mariadb"));
            Distributions.deleteTree(state.resolve("keycloak/data"));
            StackSettings settings = StackSettings.load(Path.of(System.getProperty("portal.repo"))).forTests(state);
            stack = new PortalStack(settings);
            Duration took = stack.start();
            System.out.println("Portal stack for the tests started in " + took.toSeconds() + " s at "
                    + settings.portalBaseUrl());
            System.setProperty("portal.it.base.url", settings.portalBaseUrl());
            System.setProperty("portal.it.keycloak.url", settings.keycloakUrl());
            System.setProperty("portal.it.api.url", settings.apiBaseUrl());
            System.setProperty("portal.it.openapi.url", settings.openApiUrl());
            System.setProperty("portal.it.mail.api.url", settings.mailApiUrl());
            System.setProperty("portal.it.payara.home", stack.payaraHome().toString());
            System.setProperty("portal.it.admin.port", settings.get("portal.admin.port"));
        } catch (Exception e) {
            throw new IllegalStateException("the portal stack for the tests did not start", e);
        }
    }

    /** The running stack, for tests that act on its servers (a database outage); null outside a test run. */
    static PortalStack stack() {
        return stack;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}

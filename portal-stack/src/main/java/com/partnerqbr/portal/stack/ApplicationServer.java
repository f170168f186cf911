package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Payara Server (full profile) with the portal EAR deployed. Settings reach the
 * application as environment variables read through MicroProfile Config, so no secret
 * appears on the server's command line or in its log.
 */
final class ApplicationServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApplicationServer.class.getName());

    private static final String DOMAIN = "domain1";

    private final StackSettings settings;
    private final Distributions distributions;
    private final Secrets secrets;
    private boolean started;

    ApplicationServer(StackSettings settings, Distributions distributions, Secrets secrets) {
        this.settings = settings;
        this.distributions = distributions;
        this.secrets = secrets;
    }

    Path home() {
        return settings.stateDir().resolve("payara");
    }

    void start() throws IOException, InterruptedException {
        Distributions.unpackOnce(distributions.payaraZip(), home());
        Path domain = home().resolve("glassfish/domains/" + DOMAIN);
        new PayaraDomain(settings, secrets.get(Database.PORTAL_SECRET)).configure(domain.resolve("config/domain.xml"));
        Files.copy(distributions.jdbcDriver(), domain.resolve("lib/mysql-connector-j.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Processes.requireFree(settings.port("portal.http.port"), "Payara Server");
        Processes.requireFree(settings.port("portal.admin.port"), "Payara Server");
        asadmin(Duration.ofMinutes(5), "start-domain", DOMAIN);
        started = true;
    }

    void deploy(Path ear) throws IOException, InterruptedException {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("no EAR at " + ear + ": build with Maven first");
        }
        try {
            adminCommand(Duration.ofMinutes(10), "deploy", "--force=true", "--name=portal", ear.toString());
        } catch (IOException e) {
            // A deployment left behind by a run that was killed can fail to load and then block its name.
            LOG.warning("The first deploy failed; undeploying what was left and deploying again: " + e.getMessage());
            undeploy();
            adminCommand(Duration.ofMinutes(10), "deploy", "--name=portal", ear.toString());
        }
    }

    private void undeploy() throws InterruptedException {
        try {
            adminCommand(Duration.ofMinutes(2), "undeploy", "portal");
        } catch (IOException e) {
            // nothing deployed
        }
    }

    private void adminCommand(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--port", String.valueOf(settings.port("portal.admin.port"))));
        command.addAll(List.of(args));
        asadmin(timeout, command.toArray(String[]::new));
    }

    private void asadmin(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home().resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = Processes.detached(command);
        Map<String, String> env = builder.environment();
        env.put("AS_JAVA", System.getProperty("java.home"));
        env.put("PORTAL_OIDC_PROVIDER_URI", settings.issuer());
        env.put("PORTAL_OIDC_CLIENT_ID", "portal-web");
        env.put("PORTAL_OIDC_CLIENT_SECRET", settings.get("portal.oidc.client.secret"));
        env.put("PORTAL_DEMO_DATA_ENABLED", settings.get("portal.demo-data.enabled"));
        // MicroProfile JWT of the API module: Payara reads mp.jwt.verify.* through MicroProfile
        // Config; a WAR's own microprofile-config.properties is not read inside an EAR.
        env.put("MP_JWT_VERIFY_ISSUER", settings.issuer());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", settings.issuer() + "/protocol/openid-connect/certs");
        env.put("MP_JWT_VERIFY_AUDIENCES", settings.get("portal.api.audience"));
        Processes.run(builder, settings.stateDir().resolve("logs/asadmin.log"), timeout);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (started) {
            started = false;
            // The next start deploys the then-current EAR; nothing stale is loaded at boot.
            undeploy();
            asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
        }
    }
}

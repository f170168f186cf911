package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final StackSettings portal;
    private final Distributions distributions;
    private final PayaraCommandFiles files;
    private final Secrets secrets;
    private final List<String> setUpFiles;
    private boolean started;
    private String target;

    ApplicationServer(StackSettings settings, Distributions distributions, Secrets secrets) {
        this(settings, settings, distributions, secrets, List.of(PayaraCommandFiles.DOMAIN));
    }

    /**
     * A server listening where {@code settings} say, for the portal at {@code portal}'s address (what the
     * application reads from its environment), set up by these operator files of config/payara, in order.
     */
    ApplicationServer(StackSettings settings, StackSettings portal, Distributions distributions, Secrets secrets,
            List<String> setUpFiles) {
        this.settings = settings;
        this.portal = portal;
        this.distributions = distributions;
        this.files = new PayaraCommandFiles(settings, secrets.get(Database.PORTAL_SECRET));
        this.secrets = secrets;
        this.setUpFiles = setUpFiles;
    }

    Path home() {
        return settings.stateDir().resolve("payara");
    }

    /**
     * Starts the domain with the listeners of config/payara/listeners.asadmin (pre-boot commands,
     * the ports filled in); a domain not yet set up by today's set-up files (config/payara/domain.asadmin,
     * for a deployment group deployment-group.asadmin after it), with today's ports written in, is set up
     * first: started, the files applied, stopped (the JVM options need a new JVM).
     */
    void start() throws IOException, InterruptedException {
        Path domain = domainDir();
        Map<String, Path> setUp = new java.util.LinkedHashMap<>();
        for (String name : setUpFiles) {
            setUp.put(name, files.render(name, settings.stateDir().resolve("payara-" + name)));
        }
        if (Files.isDirectory(home()) && !setUpWith(setUp)) {
            // Set up by other commands than today's (or by an older stack): unpacked afresh, nothing to undo by hand.
            Distributions.deleteTree(home());
        }
        Distributions.unpackOnce(distributions.payaraZip(), home());
        Files.copy(distributions.jdbcDriver(), domain.resolve("lib/mysql-connector-j.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        // The server's root answers the operator's page (it sends to the portal), not Payara's "Server Running".
        Files.copy(settings.configDir().resolve("payara/docroot/index.html"), domain.resolve("docroot/index.html"),
                StandardCopyOption.REPLACE_EXISTING);
        Path listeners = files.render(PayaraCommandFiles.LISTENERS, settings.stateDir().resolve("payara-listeners.asadmin"));
        Processes.requireFree(settings.port("portal.http.port"), "Payara Server");
        Processes.requireFree(settings.port("portal.admin.port"), "Payara Server");
        if (!setUpWith(setUp)) {
            LOG.info(() -> "Setting up the Payara domain with " + setUpFiles + " (once)");
            withoutMessageBroker(domain.resolve("config/domain.xml"));
            // domain.asadmin's JVM options apply from the next boot; the data grid binds to its interface in this one too.
            startDomain(listeners, Map.of("JAVA_TOOL_OPTIONS", "-Dhazelcast.socket.bind.any=false"));
            // start-domain watched the admin port domain.xml had before the pre-boot commands changed
            // it, and may report success early: the admin listener answers when the server is up.
            Processes.awaitHttpOk("http://127.0.0.1:" + settings.port("portal.admin.port") + "/management/domain/version",
                    Duration.ofMinutes(5), null, domain.resolve("logs/server.log"));
            for (Map.Entry<String, Path> file : setUp.entrySet()) {
                apply(file.getKey(), file.getValue());
            }
            asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
            started = false;
            for (Map.Entry<String, Path> file : setUp.entrySet()) {
                Files.copy(file.getValue(), domain.resolve("config").resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        startDomain(listeners, Map.of());
    }

    /**
     * The stock domain's server configuration has no JMS service until its first boot creates one, an embedded
     * broker whose listener binds to every address; listeners.asadmin switches it off from the boot after. Given a
     * switched-off one now, not even the first boot listens for JMS.
     */
    private static void withoutMessageBroker(Path domainXml) throws IOException {
        String stock = Files.readString(domainXml, StandardCharsets.UTF_8);
        String serverConfig = "<config name=\"server-config\">";
        if (!stock.contains(serverConfig)) {
            throw new IllegalStateException(domainXml + " is not the stock domain this stack sets up: no " + serverConfig);
        }
        Files.writeString(domainXml, stock.replace(serverConfig,
                serverConfig + "\n            <jms-service type=\"DISABLED\" default-jms-host=\"default_JMS_host\" />"),
                StandardCharsets.UTF_8);
    }

    Path domainDir() {
        return home().resolve("glassfish/domains/" + DOMAIN);
    }

    /** Whether the domain was set up by exactly these files (its copies of them, kept when it was). */
    private boolean setUpWith(Map<String, Path> setUp) throws IOException {
        for (Map.Entry<String, Path> file : setUp.entrySet()) {
            if (!sameContent(domainDir().resolve("config").resolve(file.getKey()), file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The folder of an instance on the domain's own node (a deployment group's). */
    Path instanceDir(String instance) {
        return home().resolve("glassfish/nodes/localhost-" + DOMAIN + "/" + instance);
    }

    /**
     * Stops the domain and starts it again with the applications deployed on it (a restart: nothing of
     * the server's memory survives, every application is loaded afresh); returns once the server has
     * logged its startup. The applications load after that line (minutes on a busy machine): a caller
     * waits for the one it needs to answer.
     */
    void restart() throws IOException, InterruptedException {
        Path log = domainDir().resolve("logs/server.log");
        long before = Files.size(log);
        asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
        started = false;
        startDomain(settings.stateDir().resolve("payara-listeners.asadmin"), Map.of());
        // the log may have started afresh (rotated at the start)
        Processes.awaitLogged(log, Files.size(log) < before ? 0 : before, ") startup time : ", Duration.ofMinutes(5),
                null);
    }

    private void startDomain(Path listeners, Map<String, String> besides) throws IOException, InterruptedException {
        asadmin(Duration.ofMinutes(5), asadminLog(), besides, "start-domain", "--prebootcommandfile=" + listeners, DOMAIN);
        started = true;
    }

    /** Applies an operator file to the running server; asadmin's multimode ends with 0 even when a command failed. */
    private void apply(String name, Path file) throws IOException, InterruptedException {
        Path log = settings.stateDir().resolve("logs/payara-setup-" + name + ".log");
        Files.deleteIfExists(log);
        adminCommand(Duration.ofMinutes(10), log, "multimode", "--file", file.toString());
        List<String> failed = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("failed")).toList();
        if (!failed.isEmpty()) {
            throw new IOException("config/payara/" + name + " did not apply: " + failed + "; see " + log);
        }
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.isRegularFile(a) && Files.mismatch(a, b) == -1;
    }

    void deploy(Path ear) throws IOException, InterruptedException {
        deploy(ear, "server");
    }

    /**
     * Deploys the EAR as {@code portal} to the target (the server itself, or a deployment group, where
     * availability is enabled: its web sessions are kept in the data grid).
     */
    void deploy(Path ear, String target) throws IOException, InterruptedException {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("no EAR at " + ear + ": build with Maven first");
        }
        this.target = target;
        List<String> deploy = new ArrayList<>(List.of("deploy", "--name=portal", "--target=" + target));
        if (!"server".equals(target)) {
            deploy.add("--availabilityenabled=true");
        }
        deploy.add(ear.toString());
        try {
            List<String> forced = new ArrayList<>(deploy);
            forced.add(1, "--force=true");
            adminCommand(Duration.ofMinutes(10), forced.toArray(String[]::new));
        } catch (IOException e) {
            // A deployment left behind by a run that was killed can fail to load and then block its name.
            LOG.warning("The first deploy failed; undeploying what was left and deploying again: " + e.getMessage());
            undeploy();
            adminCommand(Duration.ofMinutes(10), deploy.toArray(String[]::new));
        }
    }

    private void undeploy() throws InterruptedException {
        try {
            adminCommand(Duration.ofMinutes(2), "undeploy", "--target=" + (target == null ? "server" : target), "portal");
        } catch (IOException e) {
            // nothing deployed
        }
    }

    /** An asadmin command to the running server. */
    void adminCommand(Duration timeout, String... args) throws IOException, InterruptedException {
        adminCommand(timeout, asadminLog(), args);
    }

    private void adminCommand(Duration timeout, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--port", String.valueOf(settings.port("portal.admin.port"))));
        command.addAll(List.of(args));
        asadmin(timeout, log, command.toArray(String[]::new));
    }

    private Path asadminLog() {
        return settings.stateDir().resolve("logs/asadmin.log");
    }

    private void asadmin(Duration timeout, String... args) throws IOException, InterruptedException {
        asadmin(timeout, asadminLog(), args);
    }

    private void asadmin(Duration timeout, Path log, String... args) throws IOException, InterruptedException {
        asadmin(timeout, log, Map.of(), args);
    }

    /** asadmin with the portal's environment and these variables besides (a server it starts inherits them). */
    private void asadmin(Duration timeout, Path log, Map<String, String> besides, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home().resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = Processes.detached(command);
        Map<String, String> env = builder.environment();
        env.put("AS_JAVA", System.getProperty("java.home"));
        env.putAll(PortalEnvironment.of(portal, files, secrets));
        env.putAll(besides);
        Processes.run(builder, log, timeout);
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

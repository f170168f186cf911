package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The portal's EAR on a deployment group of Payara Server: the domain administration server (DAS), set
 * up by config/payara/domain.asadmin and then deployment-group.asadmin (the group {@code portal-group},
 * its instances {@code portal-1} and {@code portal-2} on the domain's own node), runs no application; the
 * EAR is deployed to the group with availability enabled, so web sessions are kept in the data grid the
 * DAS and the instances form (on 127.0.0.1, each member listed by TCP). HAProxy ({@link LoadBalancer}) listens at
 * the portal's address in front of the instances. The instances are started by the DAS and inherit its
 * environment: the portal's settings, as on the single server.
 */
public final class DeploymentGroup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeploymentGroup.class.getName());

    static final int INSTANCES = 2;
    private static final String GROUP = "portal-group";

    private final StackSettings settings;
    private final ApplicationServer das;
    private final List<Instance> instances;
    private final LoadBalancer loadBalancer;
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();

    /** An instance of the group, as the proxy sees it. */
    private record Instance(String name, int httpPort) implements LoadBalancer.Backend {
        String baseUrl() {
            return "http://127.0.0.1:" + httpPort + "/portal";
        }
    }

    DeploymentGroup(StackSettings settings, Distributions distributions, Secrets secrets) {
        this.settings = settings;
        PayaraCommandFiles files = new PayaraCommandFiles(settings, secrets.get(Database.PORTAL_SECRET));
        int base = settings.port("portal.group.port.base");
        // The DAS's HTTP listeners step aside for the proxy, which takes the portal's address; its data grid
        // lists the group's members (listeners.asadmin).
        StackSettings dasSettings = settings.with("portal.server", "group").with("portal.http.port", String.valueOf(base))
                .with("portal.https.port", String.valueOf(base + 1));
        das = new ApplicationServer(dasSettings, settings, distributions, secrets,
                List.of(PayaraCommandFiles.DOMAIN, PayaraCommandFiles.DEPLOYMENT_GROUP));
        instances = IntStream.rangeClosed(1, INSTANCES).mapToObj(i -> new Instance("portal-" + i, files.groupInstancePort(i)))
                .toList();
        loadBalancer = new LoadBalancer(settings, instances);
    }

    /**
     * Starts the DAS (setting up the domain and the group when needed), the group's instances, deploys the
     * EAR to the group, waits until each instance serves the portal, then starts the proxy; on failure stops all.
     */
    public Duration start() throws IOException, InterruptedException {
        Instant begin = Instant.now();
        try {
            LOG.info(() -> "Starting the DAS (admin port " + settings.port("portal.admin.port") + ")");
            das.start();
            startTimes.put("DAS", Duration.between(begin, Instant.now()));
            // Only the first instance loads the demo data into an empty database (two at once would both write);
            // the instances share the DAS's environment, so the others are told by a system property, which
            // MicroProfile Config reads before the environment.
            for (Instance instance : instances.subList(1, instances.size())) {
                das.adminCommand(Duration.ofMinutes(2), "create-system-properties", "--target", instance.name(),
                        "portal.demo-data.enabled=false");
            }
            LOG.info("Starting the deployment group " + GROUP);
            das.adminCommand(Duration.ofMinutes(15), "start-deployment-group", GROUP);
            startTimes.put("instances", Duration.between(begin, Instant.now()));
            LOG.info("Deploying the portal to " + GROUP);
            das.deploy(settings.earFile(), GROUP);
            startTimes.put("deployed", Duration.between(begin, Instant.now()));
            for (Instance instance : instances) {
                Processes.awaitHttpOk(instance.baseUrl() + "/jakarta.faces.resource/css/portal.css.xhtml",
                        Duration.ofMinutes(10), null, log(instance.name()));
            }
            startTimes.put("serving", Duration.between(begin, Instant.now()));
            LOG.info("Starting HAProxy in front of them");
            loadBalancer.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
        return Duration.between(begin, Instant.now());
    }

    /** From the start until: the DAS was up, the instances were up, the EAR was deployed, both served the portal. */
    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    public List<String> names() {
        return instances.stream().map(Instance::name).toList();
    }

    /** The portal on the named instance itself, past the proxy. */
    public String baseUrl(String name) {
        return instance(name).baseUrl();
    }

    public Path log(String name) {
        return das.instanceDir(instance(name).name()).resolve("logs/server.log");
    }

    /** Ends the named instance at once (SIGKILL), as a crash or a pulled plug would. */
    public void kill(String name) {
        process(name).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    public boolean running(String name) {
        return process(name).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The running JVMs of the DAS and the instances, for a look at what they listen on. */
    public List<ProcessHandle> processes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process(das.domainDir())),
                instances.stream().map(i -> process(i.name()))).flatMap(java.util.Optional::stream).toList();
    }

    /** What the DAS and the instances logged they listened on, the DAS's set-up boot included ({@link ListenerLog}). */
    public List<String> listenersBound() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(das.domainDir()),
                instances.stream().map(i -> das.instanceDir(i.name()))).flatMap(s -> ListenerLog.listenersBound(s).stream())
                .toList();
    }

    private java.util.Optional<ProcessHandle> process(String name) {
        return process(das.instanceDir(instance(name).name()));
    }

    /** A server's JVM, by the process id it keeps in its folder while it runs. */
    private static java.util.Optional<ProcessHandle> process(Path server) {
        Path pid = server.resolve("config/pid");
        try {
            return Files.isRegularFile(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The cookie the proxy names a browser's instance with. */
    public static String instanceCookie() {
        return LoadBalancer.COOKIE;
    }

    private Instance instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance " + name));
    }

    /** Stops the proxy, the group's running instances (one that does not stop is ended), then the DAS. */
    @Override
    public void close() {
        loadBalancer.close();
        for (Instance instance : instances) {
            // stop-deployment-group would wait minutes for an instance that is gone (killed by a test)
            if (running(instance.name())) {
                try {
                    das.adminCommand(Duration.ofMinutes(2), "stop-instance", instance.name());
                } catch (IOException | InterruptedException e) {
                    LOG.warning(instance.name() + " did not stop cleanly, ended: " + e.getMessage());
                    kill(instance.name());
                }
            }
        }
        try {
            das.close();
        } catch (IOException | InterruptedException e) {
            LOG.warning("The DAS did not stop cleanly: " + e.getMessage());
        }
    }
}

package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro instance with the portal's WAR at {@code /portal}: {@code java -jar payara-micro.jar}
 * in a session of its own, its HTTP listener on 127.0.0.1, set up by {@code config/payara/domain.asadmin}
 * as Micro takes it ({@link PayaraCommandFiles#renderForMicro}), the settings in its environment like
 * Payara Server's. Its data grid member binds to 127.0.0.1 and finds the others by TCP only (their
 * addresses listed, no multicast), without host-aware partitioning: that would put every member on
 * this one host in one partition group, and a member's data would have no backup on another.
 */
final class MicroServer implements LoadBalancer.Backend, AutoCloseable {

    private final StackSettings settings;
    private final Distributions distributions;
    private final PayaraCommandFiles files;
    private final Secrets secrets;
    private final String name;
    private final int httpPort;
    private final int dataGridPort;
    private final String members;
    private Process process;

    MicroServer(StackSettings settings, Distributions distributions, PayaraCommandFiles files, Secrets secrets, String name,
            int httpPort, int dataGridPort, String members) {
        this.settings = settings;
        this.distributions = distributions;
        this.files = files;
        this.secrets = secrets;
        this.name = name;
        this.httpPort = httpPort;
        this.dataGridPort = dataGridPort;
        this.members = members;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int httpPort() {
        return httpPort;
    }

    Path log() {
        return settings.stateDir().resolve("logs/" + name + ".log");
    }

    /** Starts the process; {@link #awaitReady()} waits until the portal answers. */
    void start() throws IOException {
        Path war = settings.microWarFile();
        Path apiWar = settings.microApiWarFile();
        for (Path built : List.of(war, apiWar)) {
            if (!Files.isRegularFile(built)) {
                throw new IllegalStateException("no WAR at " + built + ": build with Maven first");
            }
        }
        Processes.requireFree(httpPort, "Payara Micro " + name);
        Processes.requireFree(dataGridPort, "Payara Micro " + name);
        Path home = settings.stateDir().resolve("micro/" + name);
        // Each start from the unpacked runtime of this start: no deployment or setting of an earlier one is kept.
        Distributions.deleteTree(home);
        Files.createDirectories(home);
        PayaraCommandFiles.MicroSetUp setUp = files.renderForMicro(home.resolve("pre-boot.asadmin"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(setUp.jvmOptions());
        command.addAll(List.of(
                "-jar", distributions.payaraMicroJar().toString(),
                "--name", name,
                "--rootdir", home.toString(),
                "--port", String.valueOf(httpPort),
                "--prebootcommandfile", setUp.preBootCommands().toString(),
                "--addlibs", distributions.jdbcDriver().toString(),
                "--interfaces", "127.0.0.1",
                "--hzpublicaddress", "127.0.0.1",
                "--startport", String.valueOf(dataGridPort),
                "--clustermode", "tcpip:" + members,
                "--nohostaware",
                "--disablephonehome",
                // the API first: Micro deploys in turn, so the pages answering (awaitReady) means both are up
                "--deploy", apiWar + ":/api",
                "--deploy", war + ":/portal"));
        ProcessBuilder builder = Processes.detached(command);
        builder.environment().putAll(PortalEnvironment.of(settings, files, secrets));
        Files.deleteIfExists(log());
        process = Processes.start(builder, log());
    }

    /** Waits until the portal's style sheet (a page open to everyone, no session) answers 200. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Processes.awaitHttpOk(baseUrl() + "/jakarta.faces.resource/css/portal.css.xhtml", timeout, process, log());
    }

    /** The portal on this instance itself, past any proxy. */
    String baseUrl() {
        return "http://127.0.0.1:" + httpPort + "/portal";
    }

    /** Ends the instance at once (SIGKILL): the loss of a server, not a shutdown it can prepare for. */
    void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(60));
        process = null;
    }
}

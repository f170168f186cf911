package com.partnerqbr.portal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a person uses it in a terminal: started, then Ctrl-C, which
 * the terminal sends as SIGINT to its whole foreground process group. Only the run command
 * may receive it; it then stops Payara Server, Keycloak and MariaDB in order, leaving nothing
 * running and nothing for the next start to repair. While it runs, every server listens on
 * 127.0.0.1 only, and Payara has the set-up of config/payara.
 */
class RunPortalIT {

    // Generous: on a machine shared by several builds (load 20-40 on 2 cores) a first start took 12 minutes.
    private static final Duration START = Duration.ofMinutes(25);
    private static final Duration STOP = Duration.ofMinutes(4);

    private final Path repo = Path.of(System.getProperty("portal.repo"));
    private final Path stateDir = repo.resolve("portal-stack/target/run-portal-it").toAbsolutePath();
    private final StackSettings settings = StackSettings.load(repo).forTests(stateDir);

    @Test
    void ctrlCStopsEveryServerInOrderAndTheNextStartNeedsNoRepair() throws Exception {
        Distributions.deleteTree(stateDir.resolve("logs"));
        for (int run = 1; run <= 2; run++) {
            Path output = stateDir.resolve("run-" + run + ".log");
            Process runCommand = start(output);
            long group = runCommand.pid();

            List<ProcessHandle> servers = serversOfThisStack().stream().filter(p -> p.pid() != group).toList();
            List<String> commands = servers.stream().map(RunPortalIT::command).toList();
            for (String server : List.of("bin/mariadbd", "keycloak", "payara/glassfish", "greenmail-standalone")) {
                assertTrue(commands.stream().anyMatch(c -> c.contains(server)), server + " is not running: " + commands);
            }
            for (ProcessHandle server : servers) {
                assertNotEquals(group, processGroup(server.pid()),
                        "a server shares the run command's process group, so Ctrl-C reaches it: " + command(server));
            }

            List<String> sockets = listeningSockets(servers);
            assertTrue(sockets.size() >= 8, "the servers' listening sockets: " + sockets);
            assertEquals(List.of(), sockets.stream().filter(a -> !a.matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1]):\\d+")).toList(),
                    "listening beyond 127.0.0.1 (config/payara/listeners.asadmin, MariaDB, Keycloak, the mail server)");
            List<String> logged = ListenerLog.listenersBound(stateDir.resolve("payara/glassfish/domains/domain1"));
            assertTrue(logged.stream().anyMatch(l -> l.startsWith("Network Listener http-listener-1 ")), logged.toString());
            assertEquals(List.of(), logged.stream().filter(l -> !l.contains(" bound to [/127.0.0.1:") || l.contains("JMS")).toList(),
                    "Payara listened beyond 127.0.0.1 or for a message broker, its set-up boot included");
            assertTrue(commands.stream().anyMatch(c -> c.contains("payara/glassfish") && c.contains("-Xms2g") && c.contains("-Xmx2g")),
                    "Payara runs with the 2 GB heap of config/payara/domain.asadmin: " + commands);

            // Ctrl-C: SIGINT to every process of the terminal's foreground group.
            new ProcessBuilder("kill", "-INT", "--", "-" + group).inheritIO().start().waitFor();
            assertTrue(runCommand.waitFor(STOP.toSeconds(), TimeUnit.SECONDS), "the run command did not end after Ctrl-C");

            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(printed.contains("Stopped in"), printed);
            assertFalse(printed.contains("did not stop cleanly"), printed);
            assertFalse(printed.contains("first deploy failed"), "run " + run + " had to repair the deployment:\n" + printed);
            assertEquals(List.of(), serversOfThisStack().stream().map(RunPortalIT::command).toList(), "still running after the stop");
            for (String port : List.of("portal.http.port", "portal.admin.port", "portal.db.port", "portal.keycloak.port",
                    "portal.mail.smtp.port", "portal.mail.imap.port", "portal.mail.api.port")) {
                assertTrue(StackSettings.isFree(settings.port(port)), port + " still in use after the stop");
            }
            String asadmin = Files.readString(stateDir.resolve("logs/asadmin.log"), StandardCharsets.UTF_8);
            assertFalse(asadmin.contains("failed"), "an asadmin command failed:\n" + asadmin);
            assertFalse(asadmin.contains("Cannot create scratch directory"), asadmin);
        }
    }

    @AfterEach
    void stopWhateverIsLeft() {
        for (ProcessHandle leftover : serversOfThisStack()) {
            leftover.destroyForcibly();
        }
    }

    /** The run command in a session of its own, as a terminal starts a command: its own process group. */
    private Process start(Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dportal.repo=" + repo));
        for (String key : List.of("portal.state.dir", "portal.http.port", "portal.https.port", "portal.admin.port",
                "portal.internal.port.base", "portal.db.port", "portal.keycloak.port", "portal.keycloak.management.port",
                "portal.mail.smtp.port", "portal.mail.imap.port", "portal.mail.api.port")) {
            command.add("-D" + key + "=" + settings.get(key));
        }
        command.add(RunPortal.class.getName());
        Files.createDirectories(stateDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(output, StandardCharsets.UTF_8).contains("Partner portal is up")) {
                return process;
            }
            if (!process.isAlive()) {
                fail("the run command ended before the portal was up:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            Thread.sleep(1000);
        }
        process.destroy();
        throw new AssertionError("the portal was not up after " + START);
    }

    /** Every process whose command line names this test's state directory (the servers and their helpers). */
    private List<ProcessHandle> serversOfThisStack() {
        return ProcessHandle.allProcesses()
                .filter(p -> command(p).contains(stateDir.toString()))
                .toList();
    }

    /** The local address of every listening TCP socket of the processes, as ss prints it. */
    private static List<String> listeningSockets(List<ProcessHandle> processes) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-Hltnp").redirectErrorStream(true).start();
        String table = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor();
        List<String> sockets = new ArrayList<>();
        for (String line : table.lines().toList()) {
            if (processes.stream().anyMatch(p -> line.contains("pid=" + p.pid() + ","))) {
                sockets.add(line.trim().split("\\s+")[3]);
            }
        }
        return sockets;
    }

    private static String command(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    private static long processGroup(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII);
        // pid (comm) state ppid pgrp ...; comm may hold spaces, so count from its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[2]);
    }
}

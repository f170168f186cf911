package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/**
 * Passwords the stack generates for its own servers, one file each under
 * {@code <state dir>/secrets} (a folder only its owner may open, files only its owner may
 * read). Generated on first use and kept, so the next start uses the same ones. They go to
 * the servers through files and environment variables, never on a command line or into a log.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    Secrets(Path stateDir) {
        this.dir = stateDir.resolve("secrets");
    }

    Path dir() {
        return dir;
    }

    /** The secret of that name, generated (32 random bytes, URL-safe Base64) the first time. */
    String get(String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            writeOwnerOnly(name, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the secret " + file, e);
        }
    }

    /** Writes a file only the owner may read (for a server's start-up script holding secrets); returns its path. */
    Path writeOwnerOnly(String name, String content) throws IOException {
        ensureDir();
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    private void ensureDir() throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, EnumSet.copyOf(PosixFilePermissions.fromString("rwx------")));
    }
}

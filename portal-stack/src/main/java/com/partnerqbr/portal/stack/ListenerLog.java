package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a Payara Server's own log says it listened on: each "Network Listener NAME started in: N ms - bound to
 * [/ADDRESS:PORT]" line of its server.log and the logs rotated from it, from the domain's first boot on, including
 * the listeners that came and went between two looks at the sockets.
 */
public final class ListenerLog {

    private static final String BOUND = "Network Listener ";

    private ListenerLog() {
    }

    /** The listener lines of the server whose folder (a domain's or an instance's) this is. */
    public static List<String> listenersBound(Path server) {
        Path logs = server.resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .flatMap(ListenerLog::lines).filter(l -> l.contains(BOUND) && l.contains(" bound to ["))
                    .map(l -> l.substring(l.indexOf(BOUND)).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logs in " + logs, e);
        }
    }

    private static Stream<String> lines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}

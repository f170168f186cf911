package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starting, waiting for and stopping the stack's server processes. Every process starts in
 * a session of its own ({@code setsid}), so that Ctrl-C in the terminal, which signals the
 * terminal's whole foreground process group, reaches the run command only; the run command
 * then stops the servers one after the other.
 */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private Processes() {
    }

    /** A process builder for a command that runs outside the caller's process group where the system allows it. */
    static ProcessBuilder detached(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        return new ProcessBuilder(full);
    }

    static Process start(ProcessBuilder builder, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder.start();
    }

    /** Runs a command to its end; fails with the command's output when it does not exit with 0. */
    static void run(ProcessBuilder builder, Path log, Duration timeout) throws IOException, InterruptedException {
        Process process = start(builder, log);
        String name = commandName(builder.command());
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(name + " did not finish within " + timeout + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException(name + " failed (exit " + process.exitValue() + "); see " + log + ", which ends:\n"
                    + tail(log, 12));
        }
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The program and its first argument, without the setsid in front: "asadmin start-domain". */
    private static String commandName(List<String> command) {
        List<String> words = command.get(0).equals(SETSID.toString()) ? command.subList(1, command.size()) : command;
        return String.join(" ", words.subList(0, Math.min(2, words.size())));
    }

    static void requireFree(int port, String server) {
        if (!StackSettings.isFree(port)) {
            throw new IllegalStateException(server + " cannot start: port " + port
                    + " on 127.0.0.1 is in use (is the portal already running?)");
        }
    }

    /** Waits until the URL answers 200, the process dies, or the time runs out. */
    static void awaitHttpOk(String url, Duration timeout, Process process, Path log)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // A generous answer time: a busy server's first answer can take long (Payara's admin REST
        // application loads on its first request), and a probe that gives up early only piles up work.
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            requireAlive(process, url, log);
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IOException(url + " did not answer within " + timeout + "; see " + log);
    }

    /** Waits until the log, from the offset on, holds the text, the process dies, or the time runs out. */
    static void awaitLogged(Path log, long offset, String text, Duration timeout, Process process)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            requireAlive(process, "\"" + text + "\"", log);
            byte[] bytes = Files.readAllBytes(log);
            if (new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("\"" + text + "\" not logged within " + timeout + "; see " + log);
    }

    private static void requireAlive(Process process, String awaited, Path log) throws IOException {
        if (process != null && !process.isAlive()) {
            throw new IOException("server process ended (exit " + process.exitValue() + ") before " + awaited
                    + " answered; see " + log);
        }
    }

    /** Ends a process and everything it started, politely first; waits up to the grace time before forcing it. */
    static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }
}

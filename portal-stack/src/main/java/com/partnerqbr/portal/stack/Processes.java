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
import java.util.concurrent.TimeUnit;

/** Starting, waiting for and stopping the stack's server processes. */
final class Processes {

    private Processes() {
    }

    static Process start(ProcessBuilder builder, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder.start();
    }

    /** Runs a command to its end; fails with the command's output when it does not exit with 0. */
    static void run(ProcessBuilder builder, Path log, Duration timeout) throws IOException, InterruptedException {
        Process process = start(builder, log);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(builder.command().get(0) + " " + builder.command().get(1)
                    + " did not finish within " + timeout + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", builder.command().subList(0, 2)) + " failed (exit "
                    + process.exitValue() + "); see " + log);
        }
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IOException("server process ended before " + url + " answered; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException(url + " did not answer within " + timeout + "; see " + log);
    }

    /** Ends a process and everything it started, politely first. */
    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

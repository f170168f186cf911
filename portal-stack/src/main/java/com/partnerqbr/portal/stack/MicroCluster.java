package com.partnerqbr.portal.stack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The portal's WAR on {@code portal.micro.instances} Payara Micro instances, started together, joined
 * in one data grid; with more than one, HAProxy in front of them at the portal's address
 * ({@link LoadBalancer}), else the one instance listens there itself. Only the first instance
 * loads the demo data into an empty database (the loader checks for vendors, then writes: two
 * doing that at once would both write); the schema migrations run on every instance, Flyway's
 * lock on the database lets one apply them and the others find them applied.
 */
public final class MicroCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MicroCluster.class.getName());

    private final List<MicroServer> instances = new ArrayList<>();
    private final LoadBalancer loadBalancer;
    private final Map<String, Duration> startTimes = new java.util.LinkedHashMap<>();

    MicroCluster(StackSettings settings, Distributions distributions, PayaraCommandFiles files, Secrets secrets) {
        int count = settings.port("portal.micro.instances");
        if (count < 1 || count > StackSettings.MICRO_INSTANCES) {
            throw new IllegalStateException("portal.micro.instances is 1 to " + StackSettings.MICRO_INSTANCES + ", not " + count);
        }
        int http = count == 1 ? settings.port("portal.http.port") : settings.port("portal.micro.http.port");
        int grid = settings.port("portal.micro.datagrid.port");
        String members = IntStream.range(0, count).mapToObj(i -> "127.0.0.1:" + (grid + i)).collect(Collectors.joining(","));
        for (int i = 0; i < count; i++) {
            StackSettings instance = i == 0 ? settings : settings.with("portal.demo-data.enabled", "false");
            instances.add(new MicroServer(instance, distributions, files, secrets, "micro-" + (i + 1), http + i, grid + i, members));
        }
        loadBalancer = count == 1 ? null : new LoadBalancer(settings, instances);
    }

    /** Starts every instance at once, waits until each serves the portal, then the proxy; on failure stops all. */
    public Duration start() throws IOException, InterruptedException {
        Instant begin = Instant.now();
        try {
            for (MicroServer instance : instances) {
                LOG.info(() -> "Starting Payara Micro " + instance.name() + " on 127.0.0.1:" + instance.httpPort());
                instance.start();
            }
            for (MicroServer instance : instances) {
                instance.awaitReady(Duration.ofMinutes(15));
                startTimes.put(instance.name(), Duration.between(begin, Instant.now()));
            }
            if (loadBalancer != null) {
                LOG.info("Starting HAProxy in front of them");
                loadBalancer.start();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
        return Duration.between(begin, Instant.now());
    }

    /** How long each instance took from the start of all until it served the portal. */
    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    public List<String> names() {
        return instances.stream().map(MicroServer::name).toList();
    }

    /** The portal on the named instance itself, past the proxy. */
    public String baseUrl(String name) {
        return instance(name).baseUrl();
    }

    public java.nio.file.Path log(String name) {
        return instance(name).log();
    }

    /** Ends the named instance at once (SIGKILL), as a crash or a pulled plug would. */
    public void kill(String name) {
        instance(name).kill();
    }

    public boolean running(String name) {
        return instance(name).running();
    }

    /** The cookie the proxy names a browser's instance with. */
    public static String instanceCookie() {
        return LoadBalancer.COOKIE;
    }

    private MicroServer instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance " + name));
    }

    /** Stops the proxy, then the instances one after the other. */
    @Override
    public void close() {
        if (loadBalancer != null) {
            loadBalancer.close();
        }
        instances.forEach(MicroServer::close);
    }
}

package com.partnerqbr.portal.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The whole portal on this machine: MariaDB, the mail server, Keycloak and Payara Server with
 * the EAR (or, with {@code portal.server=micro}, the WAR on Payara Micro: {@link MicroCluster}; with
 * {@code portal.server=group}, the EAR on a deployment group: {@link DeploymentGroup}), all on 127.0.0.1. Used by the run command and, with free ports and its own state
 * directory, by the integration tests. {@link #close()} stops what {@link #start()} started.
 */
public final class PortalStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PortalStack.class.getName());

    private final StackSettings settings;
    private final Database database;
    private final MailServer mailServer;
    private final IdentityProvider identityProvider;
    private final ApplicationServer applicationServer;
    private final Distributions distributions;
    private final Secrets secrets;
    private final MicroCluster micro;
    private final DeploymentGroup group;
    private Duration applicationServerStart;

    public PortalStack(StackSettings settings) {
        this.settings = settings;
        this.distributions = new Distributions();
        this.secrets = new Secrets(settings.stateDir());
        this.database = new Database(settings, secrets);
        this.mailServer = new MailServer(settings, distributions);
        this.identityProvider = new IdentityProvider(settings, distributions);
        this.applicationServer = new ApplicationServer(settings, distributions, secrets);
        this.micro = settings.micro() ? microCluster(settings) : null;
        this.group = settings.group() ? deploymentGroup(settings) : null;
    }

    /**
     * A deployment group of Payara Server with the portal's EAR for these settings (its own state directory,
     * ports and schema), against this stack's database, mail server and Keycloak; started and stopped by the caller.
     */
    public DeploymentGroup deploymentGroup(StackSettings groupSettings) {
        return new DeploymentGroup(groupSettings, distributions, secrets);
    }

    /**
     * Payara Micro instances with the portal's WAR for these settings (its own port, schema, instance
     * count), against this stack's database, mail server and Keycloak; started and stopped by the caller.
     */
    public MicroCluster microCluster(StackSettings clusterSettings) {
        return new MicroCluster(clusterSettings, distributions,
                new PayaraCommandFiles(clusterSettings, secrets.get(Database.PORTAL_SECRET)), secrets);
    }

    /** Creates an empty schema the portal's user may use, for a second portal on this stack's database. */
    public void createSchema(String name) throws Exception {
        database.createSchema(name);
    }

    public StackSettings settings() {
        return settings;
    }

    /** The Payara installation, for tools that deploy to the running server. */
    public java.nio.file.Path payaraHome() {
        return applicationServer.home();
    }

    /** Starts the four servers and deploys the EAR; on failure stops whatever had started. */
    public Duration start() throws Exception {
        Instant begin = Instant.now();
        try {
            LOG.info(() -> "Starting the mail server (SMTP 127.0.0.1:" + settings.port("portal.mail.smtp.port") + ")");
            mailServer.start();
            LOG.info(() -> "Starting Keycloak on " + settings.keycloakUrl());
            identityProvider.start();
            LOG.info(() -> "Starting MariaDB on 127.0.0.1:" + settings.port("portal.db.port"));
            database.start();
            Instant server = Instant.now();
            if (micro != null) {
                micro.start();
                LOG.info(() -> "Payara Micro served the portal after " + micro.startTimes());
            } else if (group != null) {
                group.start();
                LOG.info(() -> "The deployment group served the portal after " + group.startTimes());
            } else {
                LOG.info(() -> "Starting Payara Server (admin port " + settings.port("portal.admin.port") + ")");
                applicationServer.start();
                LOG.info("Deploying the portal");
                applicationServer.deploy(settings.earFile());
                applicationServerStart = Duration.between(server, Instant.now());
                LOG.info(() -> "Payara Server started and the EAR deployed in " + applicationServerStart);
            }
            identityProvider.awaitReady();
        } catch (Exception e) {
            close();
            throw e;
        }
        return Duration.between(begin, Instant.now());
    }

    /** How long Payara Server took to start and deploy the EAR in {@link #start()} (null when it ran none). */
    public Duration applicationServerStart() {
        return applicationServerStart;
    }

    /**
     * Stops the database alone, leaving its data and the other servers running: a real
     * outage for the tests of how the portal answers one. {@link #startDatabase()} ends it.
     */
    public void stopDatabase() {
        database.close();
    }

    /** Starts the database again after {@link #stopDatabase()}, on the same port, with its data. */
    public void startDatabase() throws Exception {
        database.start();
    }

    /**
     * Stops the mail server alone: a real SMTP outage for the tests of the outbox's retries.
     * {@link #startMailServer()} ends it (the mail received before is gone: it is kept in memory).
     */
    public void stopMailServer() {
        mailServer.close();
    }

    /** Starts the mail server again after {@link #stopMailServer()}, on the same ports. */
    public void startMailServer() throws Exception {
        mailServer.start();
    }

    /**
     * Restarts Payara Server alone (stopped, started again with what is deployed on it): nothing held in
     * the application's memory survives, the database and the other servers keep running. Returns once
     * the server is up; its applications are then still loading.
     */
    public Duration restartApplicationServer() throws Exception {
        Instant begin = Instant.now();
        applicationServer.restart();
        return Duration.between(begin, Instant.now());
    }

    /** Stops the servers one after the other: the application first, the database it writes to last. */
    @Override
    public void close() {
        if (micro != null) {
            micro.close();
        }
        if (group != null) {
            group.close();
        }
        try {
            applicationServer.close();
        } catch (Exception e) {
            LOG.warning("Payara Server did not stop cleanly: " + e.getMessage());
        }
        identityProvider.close();
        mailServer.close();
        database.close();
    }
}

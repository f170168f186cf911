package com.partnerqbr.portal.kernel;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the network
 * to it broken, no connection to be had from the pool) from any other failure: the first is
 * temporary and answered "503, try again", the second is a defect. Pure: it reads the chain
 * of causes, whatever wraps them (EJB, JPA, EclipseLink, the connection pool).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again (HTTP Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** SQLSTATE class 08: connection exception (SQL standard). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseOutage() {
    }

    /** True when anything in the failure's chain of causes says the database could not be reached. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean belowSql = false;
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionFailure(cause) || (belowSql && isNetworkFailure(cause))) {
                return true;
            }
            belowSql |= cause instanceof SQLException || cause instanceof ResourceException;
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ResourceException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
    }

    /** A network failure counts only under a database failure: alone it may be a client that went away. */
    private static boolean isNetworkFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof SocketException;
    }
}

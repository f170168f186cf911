package com.partnerqbr.portal.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink session log that keeps the SQL statements the portal sends, each with its bound
 * values ("SELECT ... LIMIT ?, ?" then a line "bind => [IN_FORCE, 2026-12-06, ...]"), and logs
 * nothing else: the benchmark sets it on the persistence unit's session for one call to see the
 * statements a service runs and ask MariaDB how it runs them.
 */
final class StatementLog extends AbstractSessionLog {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    StatementLog() {
        setLevel(SessionLog.FINE);
        setShouldDisplayData(Boolean.TRUE);
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) && level >= SessionLog.FINE;
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            statements.add(entry.getMessage());
        }
    }

    List<String> statements() {
        return List.copyOf(statements);
    }
}

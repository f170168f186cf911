package com.partnerqbr.portal.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDatabaseOutOfReachIsRecognisedUnderWhateverWrapsIt() {
        assertTrue(DatabaseOutage.causes(wrapped(new SQLNonTransientConnectionException("Could not create connection"))));
        assertTrue(DatabaseOutage.causes(wrapped(new SQLRecoverableException("Communications link failure"))));
        assertTrue(DatabaseOutage.causes(wrapped(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseOutage.causes(wrapped(new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated")))));
        assertTrue(DatabaseOutage.causes(wrapped(new SQLException("driver", new ConnectException("Connection refused")))));
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertFalse(DatabaseOutage.causes(wrapped(new SQLException("Duplicate entry 'x' for key 'uk'", "23000"))));
        assertFalse(DatabaseOutage.causes(wrapped(new SQLException("Deadlock found", "40001"))));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("a defect")));
        assertFalse(DatabaseOutage.causes(new SocketException("Broken pipe")), "a client that went away");
        assertFalse(DatabaseOutage.causes(null));
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causes(a));
    }

    private static Throwable wrapped(Exception cause) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", cause));
    }
}

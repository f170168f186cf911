package com.partnerqbr.portal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void aRefusalWrappedByFacesAndElIsFoundWithItsStatusAndWords() {
        Refusal refusal = Refusal.of(new FacesException(new ELException(
                new AccessDeniedException("tier proposals are for vendor staff")))).orElseThrow();
        assertEquals(new Refusal(403, "tier proposals are for vendor staff"), refusal);
        assertEquals(404, Refusal.of(new FacesException(new NotFoundException("partner", 5))).orElseThrow().status());
        Refusal rule = Refusal.of(new ELException(new RefusedException("the scorecard is frozen"))).orElseThrow();
        assertEquals(409, rule.status());
        assertTrue(rule.isRuleRefusal());
    }

    @Test
    void anExpiredOrForgedViewIsABadRequestAndADatabaseOutageIsUnavailable() {
        assertEquals(new Refusal(400, Refusal.EXPIRED), Refusal.of(new ViewExpiredException("view gone")).orElseThrow());
        Exception outage = new jakarta.ejb.EJBException(new RuntimeException("pool",
                new SQLTransientConnectionException("Connection refused")));
        assertEquals(new Refusal(503, Refusal.DATABASE_DOWN), Refusal.of(outage).orElseThrow());
    }

    @Test
    void aStatementTheDatabaseRefusesIsNoOutage() {
        assertTrue(Refusal.of(new java.sql.SQLIntegrityConstraintViolationException("duplicate", "23000")).isEmpty());
        assertEquals(503, Refusal.of(new java.sql.SQLException("Communications link failure", "08S01")).orElseThrow().status());
    }

    @Test
    void anyOtherExceptionIsNoRefusal() {
        assertTrue(Refusal.of(new FacesException(new IllegalStateException("bug"))).isEmpty());
        assertTrue(Refusal.of(new NullPointerException()).isEmpty());
    }
}

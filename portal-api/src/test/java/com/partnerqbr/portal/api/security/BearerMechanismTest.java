package com.partnerqbr.portal.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BearerMechanismTest {

    @Test
    void theBearerSchemeIsReadInAnyLetterCaseAndTheTokenKeptAsSent() {
        assertEquals("Bearer abc.DEF.ghi", BearerMechanism.normalized("bearer abc.DEF.ghi"));
        assertEquals("Bearer abc.DEF.ghi", BearerMechanism.normalized("BEARER abc.DEF.ghi"));
        assertEquals("Bearer abc.DEF.ghi", BearerMechanism.normalized("Bearer abc.DEF.ghi"));
        assertEquals("Basic YWxpY2U6ZGVtbw==", BearerMechanism.normalized("Basic YWxpY2U6ZGVtbw=="));
        assertEquals("Bearerabc", BearerMechanism.normalized("Bearerabc"));
        assertNull(BearerMechanism.normalized(null));
    }
}

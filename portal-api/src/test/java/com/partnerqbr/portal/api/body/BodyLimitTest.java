package com.partnerqbr.portal.api.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWhateverItsSize() {
        assertFalse(BodyLimit.declaresMore("0"));
        assertFalse(BodyLimit.declaresMore(String.valueOf(BodyLimit.MAX_BYTES)));
        assertTrue(BodyLimit.declaresMore(String.valueOf(BodyLimit.MAX_BYTES + 1)));
        assertTrue(BodyLimit.declaresMore("99999999999999999999999999"));
        assertFalse(BodyLimit.declaresMore("abc"), "not a length: the container answers it");
    }

    @Test
    void aStreamReadsUpToItsLimitAndRefusesTheByteAfter() throws Exception {
        InputStream exact = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10);
        assertEquals(10, exact.readAllBytes().length);
        InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
        assertThrows(BodyTooLargeException.class, over::readAllBytes);
        InputStream single = new LimitedInputStream(new ByteArrayInputStream(new byte[2]), 1);
        assertEquals(0, single.read());
        assertThrows(BodyTooLargeException.class, single::read);
    }
}

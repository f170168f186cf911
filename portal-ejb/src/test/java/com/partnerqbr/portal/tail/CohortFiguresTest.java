package com.partnerqbr.portal.tail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.tail.CohortFigures.Distribution;
import com.partnerqbr.portal.tail.CohortFigures.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortFiguresTest {

    private static List<BigDecimal> values(String... v) {
        List<BigDecimal> list = new ArrayList<>();
        Arrays.stream(v).forEach(s -> list.add(s == null ? null : new BigDecimal(s)));
        return list;
    }

    @Test
    void quartilesAreInterpolatedAsSpreadsheetsDoAndNullsLeftOut() {
        // sorted 10 20 30 40 50: ranks 1, 2, 3 of 0..4
        assertEquals(new Distribution(5, new BigDecimal("20.0000"), new BigDecimal("30.0000"), new BigDecimal("40.0000")),
                CohortFigures.of(values("50", "10", null, "40", "30", "20")));
        // sorted 1 2 3 4 5 6: ranks 1.25, 2.5, 3.75 -> 2.25, 3.5, 4.75
        assertEquals(new Distribution(6, new BigDecimal("2.2500"), new BigDecimal("3.5000"), new BigDecimal("4.7500")),
                CohortFigures.of(values("6", "5", "4", "3", "2", "1")));
        assertEquals(new Distribution(0, null, null, null), CohortFigures.of(values(null, null)));
    }

    @Test
    void aCohortBelowTheMinimumShowsNothing() {
        Distribution four = CohortFigures.of(values("1", "2", "3", "4"));
        assertTrue(CohortFigures.shown(four, 5).isEmpty());
        assertEquals(four, CohortFigures.shown(four, 4).orElseThrow());
        assertTrue(CohortFigures.shown(CohortFigures.of(values()), 0).isEmpty(), "no value, nothing shown");
    }

    @Test
    void noSingleValueOfTheCohortIsKept() {
        Distribution d = CohortFigures.of(values("7", "100", "3", "55", "12", "9001"));
        // neither the lowest (3) nor the highest (9001) appears; the quartiles lie between values
        assertEquals(List.of(new BigDecimal("8.2500"), new BigDecimal("33.5000"), new BigDecimal("88.7500")),
                List.of(d.lowerQuartile(), d.median(), d.upperQuartile()));
    }

    @Test
    void positionCountsAValueOnAQuartileInTheUpperQuarter() {
        Distribution d = CohortFigures.of(values("10", "20", "30", "40", "50"));
        assertEquals(Position.TOP_QUARTER, CohortFigures.position(new BigDecimal("40"), d));
        assertEquals(Position.TOP_QUARTER, CohortFigures.position(new BigDecimal("99"), d));
        assertEquals(Position.SECOND_QUARTER, CohortFigures.position(new BigDecimal("30"), d));
        assertEquals(Position.SECOND_QUARTER, CohortFigures.position(new BigDecimal("39.99"), d));
        assertEquals(Position.THIRD_QUARTER, CohortFigures.position(new BigDecimal("20"), d));
        assertEquals(Position.BOTTOM_QUARTER, CohortFigures.position(new BigDecimal("19.99"), d));
        assertEquals("in the top quarter", Position.TOP_QUARTER.words());
    }
}

package com.partnerqbr.portal.program.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.program.segment.Segmentation.Placement;
import com.partnerqbr.portal.program.segment.Segmentation.Revenue;
import com.partnerqbr.portal.program.segment.Segmentation.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmentationTest {

    private static Revenue r(long id, String amount) {
        return new Revenue(id, new BigDecimal(amount));
    }

    private static String segments(List<Placement> placements) {
        return placements.stream().map(p -> p.partnerId() + ":" + p.rank() + ":" + p.segment())
                .collect(Collectors.joining(" "));
    }

    @Test
    void aProgramOfOneHasItsPartnerStrategic() {
        assertEquals("1:1:STRATEGIC", segments(Segmentation.place(List.of(r(1, "50000")), Rules.DEFAULT)));
    }

    @Test
    void aProgramOfOneWithoutRevenueIsLongTail() {
        assertEquals("1:1:LONG_TAIL", segments(Segmentation.place(List.of(r(1, "0")), Rules.DEFAULT)));
    }

    @Test
    void anEmptyProgramHasNoPlacements() {
        assertEquals(List.of(), Segmentation.place(List.of(), Rules.DEFAULT));
    }

    @Test
    void aProgramOfSevenHasOneStrategicAndTwoGrowthPartners() {
        List<Placement> placements = Segmentation.place(List.of(r(1, "10000"), r(2, "700000"), r(3, "30000"),
                r(4, "500000"), r(5, "400000"), r(6, "600000"), r(7, "300000")), Rules.DEFAULT);
        assertEquals("2:1:STRATEGIC 6:2:GROWTH 4:3:GROWTH 5:4:TAIL 7:5:TAIL 3:6:TAIL 1:7:LONG_TAIL",
                segments(placements));
    }

    @Test
    void partnersTiedAtTheStrategicBoundaryAreAllStrategic() {
        List<Revenue> partners = new ArrayList<>();
        partners.add(r(1, "100000"));
        partners.add(r(2, "100000"));
        for (int i = 3; i <= 10; i++) {
            partners.add(r(i, String.valueOf(100_000 - i * 1000)));
        }
        List<Placement> placements = Segmentation.place(partners, Rules.DEFAULT);
        assertEquals("1:1:STRATEGIC 2:1:STRATEGIC 3:3:GROWTH 4:4:TAIL", segments(placements.subList(0, 4)));
    }

    @Test
    void partnersTiedAtTheGrowthBoundaryAreAllGrowth() {
        List<Revenue> partners = new ArrayList<>();
        partners.add(r(1, "900000"));
        partners.add(r(2, "800000"));
        partners.add(r(3, "700000"));
        partners.add(r(4, "700000"));
        partners.add(r(5, "700000"));
        for (int i = 6; i <= 10; i++) {
            partners.add(r(i, "50000"));
        }
        // cuts for 10 partners: strategic 1, growth up to rank 3; ranks 3, 3, 3 all fall inside
        assertEquals("1:1:STRATEGIC 2:2:GROWTH 3:3:GROWTH 4:3:GROWTH 5:3:GROWTH 6:6:TAIL 7:6:TAIL 8:6:TAIL 9:6:TAIL"
                + " 10:6:TAIL", segments(Segmentation.place(partners, Rules.DEFAULT)));
    }

    @Test
    void zeroRevenueIsNeverStrategicOrGrowthEvenAtTheTop() {
        assertEquals("1:1:LONG_TAIL 2:1:LONG_TAIL 3:1:LONG_TAIL",
                segments(Segmentation.place(List.of(r(1, "0"), r(2, "0"), r(3, "0")), Rules.DEFAULT)));
        assertEquals("1:1:TAIL 2:1:TAIL", segments(Segmentation.place(List.of(r(1, "0"), r(2, "0")),
                new Rules(10, 20, BigDecimal.ZERO))));
        assertEquals("2:1:STRATEGIC 1:2:LONG_TAIL",
                segments(Segmentation.place(List.of(r(1, "0"), r(2, "1")), Rules.DEFAULT)));
    }

    @Test
    void theLongTailThresholdIsAQuarterlyAverageAndItsEdgeIsTail() {
        // default $5,000 a quarter: under $20,000 over four quarters is long-tail
        List<Revenue> partners = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            partners.add(r(i, "900000"));
        }
        partners.add(r(8, "20000.00"));
        partners.add(r(9, "19999.99"));
        partners.add(r(10, "20000.01"));
        Rules rules = new Rules(0, 0, new BigDecimal("5000"));
        List<Placement> placements = Segmentation.place(partners, rules);
        assertEquals("10:8:TAIL 8:9:TAIL 9:10:LONG_TAIL", segments(placements.subList(7, 10)));
    }

    @Test
    void aThousandPartnersSplitOneHundredTwoHundredAndTheRest() {
        List<Revenue> partners = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            partners.add(r(i, String.valueOf(i * 1000L)));
        }
        List<Placement> placements = Segmentation.place(partners, Rules.DEFAULT);
        Map<Segment, Long> counts = new EnumMap<>(Segment.class);
        placements.forEach(p -> counts.merge(p.segment(), 1L, Long::sum));
        assertEquals(Map.of(Segment.STRATEGIC, 100L, Segment.GROWTH, 200L, Segment.TAIL, 681L, Segment.LONG_TAIL, 19L),
                counts);
        assertEquals("901:100:STRATEGIC 900:101:GROWTH", segments(placements.subList(99, 101)));
        assertEquals("701:300:GROWTH 700:301:TAIL", segments(placements.subList(299, 301)));
        assertEquals("20:981:TAIL 19:982:LONG_TAIL", segments(placements.subList(980, 982)));
    }

    @Test
    void theVendorsSharesChangeTheCuts() {
        List<Revenue> partners = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            partners.add(r(i, String.valueOf(i * 100_000L)));
        }
        // 15% of 10 rounds up to 2 strategic; 15% + 10% = 2.5 rounds up to 3, so 1 growth
        assertEquals("10:1:STRATEGIC 9:2:STRATEGIC 8:3:GROWTH 7:4:TAIL",
                segments(Segmentation.place(partners, new Rules(15, 10, new BigDecimal("5000"))).subList(0, 4)));
        // 15% + 5% = exactly 2: the growth share adds nobody
        assertEquals("10:1:STRATEGIC 9:2:STRATEGIC 8:3:TAIL",
                segments(Segmentation.place(partners, new Rules(15, 5, new BigDecimal("5000"))).subList(0, 3)));
        assertEquals("10:1:GROWTH", segments(Segmentation.place(partners, new Rules(0, 10, BigDecimal.ZERO))
                .subList(0, 1)));
    }

    @Test
    void sharesOverAHundredPercentOrANegativeThresholdAreRefused() {
        assertEquals("the strategic and growth shares must be 0 to 100 percent together",
                assertThrows(IllegalArgumentException.class, () -> new Rules(60, 50, BigDecimal.ONE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Rules(-1, 20, BigDecimal.ONE));
        assertEquals("the long-tail threshold cannot be negative",
                assertThrows(IllegalArgumentException.class, () -> new Rules(10, 20, new BigDecimal("-1"))).getMessage());
    }

    @Test
    void aMovementReadsFromTo() {
        assertEquals("growth \u2192 strategic", Segment.movement(Segment.GROWTH, Segment.STRATEGIC));
    }
}

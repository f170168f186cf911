package com.partnerqbr.portal.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ScorecardPdfTest {

    @Test
    void thePartnersScorecardIsOnePageWithItsFiguresTargetsTrendsAndTalkingPoints() throws IOException {
        ScorecardView card = new ScorecardView(1, 1, 7, "Brightpath Solutions", PartnerType.RESELLER,
                Quarter.parse("2026-Q3"), ScorecardStatus.FROZEN, new BigDecimal("61.5"), Instant.now(), Instant.now(),
                "max", "USD", List.of(
                new FigureView(11, Metric.ATTRIBUTED_REVENUE, 1, new BigDecimal("120000"), new BigDecimal("150000"), null,
                        Arrays.asList(new BigDecimal("90000"), null, new BigDecimal("120000"))),
                new FigureView(12, Metric.WIN_RATE, 1, new BigDecimal("0.22"), null, null,
                        List.of(new BigDecimal("0.38"), new BigDecimal("0.30"), new BigDecimal("0.22")))),
                List.of(new TalkingPoint(Flag.WIN_RATE_DROP, "Win rate fell from 38% to 22%."),
                        new TalkingPoint(Flag.REVENUE_UP, "Revenue grew 9% on the quarter.")),
                List.of(Quarter.parse("2026-Q1"), Quarter.parse("2026-Q2"), Quarter.parse("2026-Q3")));
        try (PDDocument doc = Loader.loadPDF(ScorecardPdf.render(card))) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Scorecard: Brightpath Solutions, 2026-Q3"), text);
            assertTrue(text.contains("Frozen, health score 61.5"), text);
            assertTrue(text.contains("Attributed revenue $120,000 target $150,000 $90,000 -> "), text);
            assertTrue(text.contains("Win rate 22"), text);
            assertTrue(text.contains("! Win rate fell from 38% to 22%."), text);
            assertTrue(text.contains("Revenue grew 9% on the quarter."), text);
        }
    }
}

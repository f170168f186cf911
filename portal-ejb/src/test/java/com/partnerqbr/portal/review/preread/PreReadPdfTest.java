package com.partnerqbr.portal.review.preread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.review.agenda.AgendaTemplates;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.attendee.AttendeeService.AttendeeView;
import com.partnerqbr.portal.review.attendee.AttendeeService.Attendees;
import com.partnerqbr.portal.review.pipeline.HelpNeeded;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import com.partnerqbr.portal.review.preread.PreReadView.ScorecardPart;
import com.partnerqbr.portal.review.preread.PreReadView.TierPart;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PreReadPdfTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant START = Instant.parse("2026-12-03T21:00:00Z");

    static PreReadView preRead() {
        List<AgendaView.Section> sections = AgendaTemplates.of(60).stream().map(s -> new AgendaView.Section(1L, 1,
                s.kind(), s.title(), s.minutes(), s.purpose(), s.looksBack(), null, null)).toList();
        AgendaView agenda = new AgendaView(7, 1, 60, sections, List.of(), "max", START, START, START.minusSeconds(
                72 * 3600), Deadlines.Status.ON_TIME, List.of(new AgendaView.TopicView(3, Side.PARTNER,
                "Lead routing in EMEA", "paula", null, null)), List.of("The partner's topic \"Lead routing in EMEA\" is"
                + " not on the agenda."));
        Attendees people = new Attendees(List.of(new AttendeeView(1, Side.VENDOR, "Max Manager", "max@acme.example",
                "max", "Partner manager", true, false, null), new AttendeeView(2, Side.PARTNER, "Paula Admin", null,
                "paula", "Alliance manager", true, true, null)), List.of(), false);
        ScorecardPart card = new ScorecardPart("Frozen", "61.5", List.of(
                new FigureLine("Attributed revenue", "$120,000", "target $150,000", "$90,000 → $110,000 → $120,000"),
                new FigureLine("Win rate", "22%", "", "38% → 30% → 22%")),
                List.of("! Win rate fell from 38% to 22%.", "! Revenue is at 80% of target."));
        return new PreReadView(7, 1, "Brightpath Solutions", "USD", Quarter.parse("2026-Q4"), START, CHICAGO, 60,
                agenda, people, card, new TierPart("Gold", "Platinum", "2 more won deals by 2026-12-31"),
                List.of("Win rate: two deals are missing (paula)"), "No commitments yet.",
                List.of(new WinLossView(1, 0, true, "Northwind", new BigDecimal("80000"), null, null, null, null),
                        new WinLossView(2, 0, false, "Contoso", new BigDecimal("45000"), null, null,
                                LossReason.COMPETITIVE, null)),
                List.of(new PipelineView(9, "Fabrikam", new BigDecimal("120000"), DealStage.NEGOTIATE,
                        LocalDate.parse("2027-01-20"), 75, true, null, HelpNeeded.NONE, null, null, -1)),
                "Fund a joint event in Q1?", "Two certified engineers by March", START.minusSeconds(72 * 3600),
                Deadlines.Status.ON_TIME, START.minusSeconds(48 * 3600), Deadlines.Status.DUE, null, null,
                List.of("Win rate fell from 38% to 22%.", "1 open deal has been in one stage for 30 days or more."));
    }

    @Test
    void theFirstPageIsTheScorecardSummaryAndTheRestFollows() throws IOException {
        byte[] pdf = PreReadPdf.render(preRead(), CHICAGO);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertTrue(first.contains("QBR pre-read: Brightpath Solutions, 2026-Q4"), first);
            assertTrue(first.contains("Meeting: Thu 2026-12-03 15:00 CST (America/Chicago), 60 minutes"), first);
            assertTrue(first.contains("Scorecard frozen, health score 61.5"), first);
            assertTrue(first.contains("Attributed revenue $120,000 target $150,000 $90,000 -> $110,000 -> $120,000"),
                    first);
            assertTrue(first.contains("! Win rate fell from 38% to 22%."), first);
            assertTrue(first.contains("- 1 open deal has been in one stage for 30 days or more."), first);
            assertTrue(!first.contains("Agenda (60 minutes)"), "the agenda starts on page 2");

            stripper.setStartPage(2);
            stripper.setEndPage(doc.getNumberOfPages());
            String rest = stripper.getText(doc);
            assertTrue(rest.contains("Agenda (60 minutes)"), rest);
            assertTrue(rest.contains("20 min Joint plan: Agree the bets and commitments for next quarter"), rest);
            assertTrue(rest.contains("Partner: Lead routing in EMEA (not on the agenda)"), rest);
            assertTrue(rest.contains("Partner: Paula Admin, Alliance manager (decision maker) (executive sponsor)"),
                    rest);
            assertTrue(rest.contains("Gold; next: Platinum. 2 more won deals by 2026-12-31"), rest);
            assertTrue(rest.contains("Loss: Contoso, $45,000 (Competitive)"), rest);
            assertTrue(rest.contains("Fabrikam, $120,000, Negotiate, 75 days in stage (STUCK), expected close"
                    + " 2027-01-20"), rest);
            assertTrue(rest.contains("Fund a joint event in Q1?"), rest);
            assertEquals(1, rest.split("Two certified engineers by March", -1).length - 1);
        }
    }
}

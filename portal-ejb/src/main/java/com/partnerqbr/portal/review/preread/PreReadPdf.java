package com.partnerqbr.portal.review.preread;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.attendee.AttendeeService.AttendeeView;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import com.partnerqbr.portal.scorecard.FigureFormat;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The pre-read as a PDF a person would send (OpenPDF): first a one-page scorecard summary (figures
 * with target and trend, the talking points, the flags), then the agenda with timings and both
 * sides' topics, the people, the tier, open disputes, the previous commitments, win/loss, the open
 * deals, decisions needed and proposed priorities. Times are in the reader's zone, named.
 */
public final class PreReadPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private PreReadPdf() {
    }

    public static byte[] render(PreReadView p, ZoneId readerZone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("QBR pre-read: " + p.partnerName() + " " + p.quarter());
            doc.open();
            doc.add(new Paragraph("QBR pre-read: " + p.partnerName() + ", " + p.quarter(), TITLE));
            doc.add(line("Meeting: " + Deadlines.shown(p.start(), readerZone) + ", " + p.meetingMinutes() + " minutes"));
            scorecardPage(doc, p);
            doc.newPage();
            agenda(doc, p.agenda(), readerZone);
            heading(doc, "People");
            for (AttendeeView a : p.attendees().people()) {
                doc.add(line(a.side().getLabel() + ": " + a.name() + (a.title() == null ? "" : ", " + a.title())
                        + (a.decisionMaker() ? " (decision maker)" : "") + (a.executiveSponsor()
                        ? " (executive sponsor)" : "")));
            }
            p.attendees().warnings().forEach(w -> add(doc, line("Warning: " + w)));
            heading(doc, "Tier");
            doc.add(line((p.tier().current() == null ? "No tier yet" : p.tier().current())
                    + (p.tier().next() == null ? "" : "; next: " + p.tier().next())
                    + (p.tier().progress() == null ? "" : ". " + p.tier().progress())));
            list(doc, "Open disputes", p.openDisputes(), "None.");
            heading(doc, "Previous commitments");
            doc.add(line(p.previousCommitments()));
            heading(doc, "Wins and losses");
            for (WinLossView w : p.winLoss()) {
                doc.add(line((w.win() ? "Win: " : "Loss: ") + w.customer() + ", " + FigureFormat.money(w.amount(), p.currency())
                        + (w.lossReason() == null ? "" : " (" + w.lossReason().getLabel() + ")")));
            }
            if (p.winLoss().isEmpty()) {
                doc.add(line("Not proposed yet."));
            }
            heading(doc, "Open deals");
            for (PipelineView d : p.openDeals()) {
                doc.add(line(d.customer() + ", " + FigureFormat.money(d.amount(), p.currency()) + ", " + d.stage().getLabel()
                        + ", " + d.daysInStage() + " days in stage" + (d.stuck() ? " (STUCK)" : "")
                        + (d.expectedCloseOn() == null ? "" : ", expected close " + d.expectedCloseOn())));
            }
            heading(doc, "Decisions needed");
            doc.add(line(p.decisionsNeeded() == null ? "None written yet." : p.decisionsNeeded()));
            heading(doc, "Proposed priorities");
            doc.add(line(p.proposedPriorities() == null ? "None written yet." : p.proposedPriorities()));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the pre-read PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void scorecardPage(Document doc, PreReadView p) throws DocumentException {
        heading(doc, "Scorecard summary");
        if (p.scorecard() == null) {
            doc.add(line("No scorecard for " + p.quarter() + " yet."));
        } else {
            doc.add(line("Scorecard " + p.scorecard().status().toLowerCase(java.util.Locale.ROOT) + ", health score "
                    + p.scorecard().healthScore()));
            PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 5});
            table.setWidthPercentage(100);
            for (String h : List.of("Figure", "Value", "Target", "Trend")) {
                table.addCell(cell(h, BOLD));
            }
            for (FigureLine f : p.scorecard().figures()) {
                table.addCell(cell(f.label(), TEXT));
                table.addCell(cell(f.value(), TEXT));
                table.addCell(cell(f.target(), TEXT));
                table.addCell(cell(f.trend(), TEXT));
            }
            doc.add(table);
            list(doc, "Talking points", p.scorecard().talkingPoints(), "None.");
        }
        list(doc, "Flags", p.flags(), "No flags.");
    }

    private static void agenda(Document doc, AgendaView agenda, ZoneId readerZone) throws DocumentException {
        heading(doc, "Agenda (" + agenda.meetingMinutes() + " minutes)");
        for (AgendaView.Section s : agenda.sections()) {
            doc.add(line(s.minutes() + " min " + s.title() + (s.looksBack() ? " (looks back)" : "")
                    + (s.purpose() == null ? "" : ": " + s.purpose())));
        }
        heading(doc, "Topics");
        for (AgendaView.TopicView t : agenda.topics()) {
            doc.add(line(t.side().getLabel() + ": " + t.title() + (t.sectionTitle() == null ? " (not on the agenda)"
                    : " (in " + t.sectionTitle() + ")")));
        }
        if (agenda.topics().isEmpty()) {
            doc.add(line("No topics yet."));
        }
        doc.add(line("Topics were due by " + Deadlines.shown(agenda.deadline(), readerZone) + "."));
    }

    private static void list(Document doc, String title, List<String> items, String none) throws DocumentException {
        heading(doc, title);
        if (items.isEmpty()) {
            doc.add(line(none));
        }
        for (String item : items) {
            doc.add(line("- " + item));
        }
    }

    private static void heading(Document doc, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        doc.add(heading);
    }

    private static void add(Document doc, Element element) {
        try {
            doc.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the pre-read PDF could not be written", e);
        }
    }

    private static Paragraph line(String text) {
        return new Paragraph(pdfText(text), TEXT);
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(pdfText(text), font));
    }

    /** The standard fonts know no arrow. */
    private static String pdfText(String text) {
        return text == null ? "" : text.replace("→", "->");
    }
}

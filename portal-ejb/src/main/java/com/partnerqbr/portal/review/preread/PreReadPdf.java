package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.document.PdfPages;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.attendee.AttendeeService.AttendeeView;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import com.partnerqbr.portal.scorecard.FigureFormat;
import java.time.ZoneId;
import java.util.List;

/**
 * The pre-read as a PDF a person would send ({@link PdfPages}): first a one-page scorecard summary
 * (figures with target and trend, the talking points, the flags), then the agenda with timings and
 * both sides' topics, the people, the tier, open disputes, the previous commitments, win/loss, the
 * open deals, decisions needed and proposed priorities. Times are in the reader's zone, named.
 */
public final class PreReadPdf {

    private PreReadPdf() {
    }

    public static byte[] render(PreReadView p, ZoneId readerZone) {
        return PdfPages.render("QBR pre-read: " + p.partnerName() + ", " + p.quarter(), doc -> {
            doc.line("Meeting: " + Deadlines.shown(p.start(), readerZone) + ", " + p.meetingMinutes() + " minutes");
            scorecardPage(doc, p);
            doc.newPage();
            agenda(doc, p.agenda(), readerZone);
            doc.heading("People");
            for (AttendeeView a : p.attendees().people()) {
                doc.line(a.side().getLabel() + ": " + a.name() + (a.title() == null ? "" : ", " + a.title())
                        + (a.decisionMaker() ? " (decision maker)" : "") + (a.executiveSponsor()
                        ? " (executive sponsor)" : ""));
            }
            p.attendees().warnings().forEach(w -> doc.line("Warning: " + w));
            doc.heading("Tier");
            doc.line((p.tier().current() == null ? "No tier yet" : p.tier().current())
                    + (p.tier().next() == null ? "" : "; next: " + p.tier().next())
                    + (p.tier().progress() == null ? "" : ". " + p.tier().progress()));
            doc.list("Open disputes", p.openDisputes(), "None.");
            doc.heading("Previous commitments");
            doc.line(p.previousCommitments());
            doc.heading("Wins and losses");
            for (WinLossView w : p.winLoss()) {
                doc.line((w.win() ? "Win: " : "Loss: ") + w.customer() + ", " + FigureFormat.money(w.amount(), p.currency())
                        + (w.lossReason() == null ? "" : " (" + w.lossReason().getLabel() + ")"));
            }
            if (p.winLoss().isEmpty()) {
                doc.line("Not proposed yet.");
            }
            doc.heading("Open deals");
            for (PipelineView d : p.openDeals()) {
                doc.line(d.customer() + ", " + FigureFormat.money(d.amount(), p.currency()) + ", " + d.stage().getLabel()
                        + ", " + d.daysInStage() + " days in stage" + (d.stuck() ? " (STUCK)" : "")
                        + (d.expectedCloseOn() == null ? "" : ", expected close " + d.expectedCloseOn()));
            }
            doc.heading("Decisions needed");
            doc.line(p.decisionsNeeded() == null ? "None written yet." : p.decisionsNeeded());
            doc.heading("Proposed priorities");
            doc.line(p.proposedPriorities() == null ? "None written yet." : p.proposedPriorities());
        });
    }

    private static void scorecardPage(PdfPages doc, PreReadView p) {
        doc.heading("Scorecard summary");
        if (p.scorecard() == null) {
            doc.line("No scorecard for " + p.quarter() + " yet.");
        } else {
            doc.line("Scorecard " + p.scorecard().status().toLowerCase(java.util.Locale.ROOT) + ", health score "
                    + p.scorecard().healthScore());
            figures(doc, p.scorecard().figures());
            doc.list("Talking points", p.scorecard().talkingPoints(), "None.");
        }
        doc.list("Flags", p.flags(), "No flags.");
    }

    /** The scorecard's figures as a table: figure, value, target, trend (the recap shows the same table). */
    public static void figures(PdfPages doc, List<FigureLine> figures) {
        doc.table(new float[] {3, 2, 2, 5}, List.of("Figure", "Value", "Target", "Trend"), figures.stream()
                .map(f -> List.of(f.label(), f.value(), f.target(), f.trend())).toList());
    }

    private static void agenda(PdfPages doc, AgendaView agenda, ZoneId readerZone) {
        doc.heading("Agenda (" + agenda.meetingMinutes() + " minutes)");
        for (AgendaView.Section s : agenda.sections()) {
            doc.line(s.minutes() + " min " + s.title() + (s.looksBack() ? " (looks back)" : "")
                    + (s.purpose() == null ? "" : ": " + s.purpose()));
        }
        doc.heading("Topics");
        for (AgendaView.TopicView t : agenda.topics()) {
            doc.line(t.side().getLabel() + ": " + t.title() + (t.sectionTitle() == null ? " (not on the agenda)"
                    : " (in " + t.sectionTitle() + ")"));
        }
        if (agenda.topics().isEmpty()) {
            doc.line("No topics yet.");
        }
        doc.line("Topics were due by " + Deadlines.shown(agenda.deadline(), readerZone) + ".");
    }
}

package com.partnerqbr.portal.plan.recap;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.document.PdfPages;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.plan.recap.RecapContent.BetLine;
import com.partnerqbr.portal.plan.recap.RecapContent.CommitmentLine;
import com.partnerqbr.portal.review.preread.PreReadPdf;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A recap in its three forms, all from one list of sections so that they say the same: the mail's
 * plain text, its HTML (every value escaped) and the one-page PDF ({@link PdfPages}, like the
 * pre-read).
 */
public final class RecapDocument {

    private RecapDocument() {
    }

    /** One section: a heading and its lines, or the sentence for none. */
    private record Section(String heading, List<String> lines, String none) {
    }

    public static String subject(RecapContent r) {
        return "Recap of the " + r.quarter() + " QBR: " + r.partnerName() + " and " + r.vendorName();
    }

    public static String textBody(RecapContent r) {
        StringBuilder out = new StringBuilder(subject(r)).append("\n").append(meeting(r)).append("\n");
        for (Section s : sections(r)) {
            out.append("\n").append(s.heading()).append("\n");
            if (s.lines().isEmpty()) {
                out.append(s.none()).append("\n");
            }
            s.lines().forEach(l -> out.append("- ").append(l).append("\n"));
        }
        return out.toString();
    }

    public static String htmlBody(RecapContent r) {
        StringBuilder out = new StringBuilder("<html><body><h1>").append(html(subject(r))).append("</h1><p>")
                .append(html(meeting(r))).append("</p>");
        for (Section s : sections(r)) {
            out.append("<h2>").append(html(s.heading())).append("</h2>");
            if (s.lines().isEmpty()) {
                out.append("<p>").append(html(s.none())).append("</p>");
            } else {
                out.append("<ul>");
                s.lines().forEach(l -> out.append("<li>").append(html(l)).append("</li>"));
                out.append("</ul>");
            }
        }
        return out.append("</body></html>").toString();
    }

    public static byte[] pdf(RecapContent r) {
        return PdfPages.render(subject(r), doc -> {
            doc.line(meeting(r));
            for (Section s : sections(r)) {
                if (s.heading().equals(FIGURES) && !r.figures().isEmpty()) {
                    doc.heading(FIGURES);
                    PreReadPdf.figures(doc, r.figures());
                } else {
                    doc.list(s.heading(), s.lines(), s.none());
                }
            }
        });
    }

    private static final String FIGURES = "Key figures reviewed";

    private static String meeting(RecapContent r) {
        return "Held " + Deadlines.shown(r.start(), r.zone()) + ". Attended: "
                + (r.attended().isEmpty() ? "nobody recorded" : String.join(", ", r.attended())) + ".";
    }

    private static List<Section> sections(RecapContent r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(FIGURES, map(r.figures(), RecapDocument::figure), "No scorecard for the quarter."));
        sections.add(new Section("Decisions", r.decisions(), "No decisions recorded."));
        sections.add(new Section("Commitments", map(r.commitments(), RecapDocument::commitment),
                "No commitments recorded."));
        sections.add(new Section("Bets", map(r.bets(), RecapDocument::bet), "No bets recorded."));
        List<String> feedback = new ArrayList<>();
        if (r.feedback() != null) {
            feedback.add("Partner: " + r.feedback());
        }
        if (r.response() != null) {
            feedback.add("Vendor's response: " + r.response());
        }
        sections.add(new Section("Partner feedback and the vendor's response", feedback, "No feedback given."));
        sections.add(new Section("Health-check gaps", r.healthGaps(), "No gaps: both sides rated alike."));
        sections.add(new Section("Next QBR", List.of(r.nextQbr()), ""));
        return sections;
    }

    private static String figure(FigureLine f) {
        return f.label() + ": " + f.value() + (f.target().isEmpty() ? "" : " (" + f.target() + ")");
    }

    private static String commitment(CommitmentLine c) {
        return c.side() + ", " + c.owner() + ": " + c.outcome() + ", due " + c.dueDate();
    }

    private static String bet(BetLine b) {
        return b.title() + ": " + b.metric() + ", " + b.target() + ". Vendor commits: " + b.vendorCommitment()
                + " Partner commits: " + b.partnerCommitment();
    }

    private static <T> List<String> map(List<T> items, Function<T, String> line) {
        return items.stream().map(line).toList();
    }
}

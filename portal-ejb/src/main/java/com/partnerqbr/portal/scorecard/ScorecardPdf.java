package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.document.PdfPages;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A partner's scorecard of one quarter as the one-page PDF a person would send ({@link PdfPages}):
 * its status and health score, each figure with its target and its trend, and the talking points
 * (a concern marked "!"). The pre-read's scorecard summary shows the same figure rows.
 */
public final class ScorecardPdf {

    private ScorecardPdf() {
    }

    public static byte[] render(ScorecardView card) {
        return PdfPages.render("Scorecard: " + card.partnerName() + ", " + card.quarter(), doc -> {
            doc.line(card.status().getLabel() + ", health score " + healthScore(card));
            doc.table(new float[] {3, 2, 2, 5}, List.of("Figure", "Value", "Target", "Trend"), figureRows(card));
            doc.list("Talking points", talkingPoints(card), "None.");
        });
    }

    /** Each figure as a row: its name, value, target ("target $50,000", empty without one) and trend ("a → b → c"). */
    public static List<List<String>> figureRows(ScorecardView card) {
        return card.figures().stream().map(f -> List.of(f.metric().getLabel(),
                FigureFormat.format(f.metric().getUnit(), f.value(), card.currency()),
                f.target() == null ? "" : "target " + FigureFormat.format(f.metric().getUnit(), f.target(), card.currency()),
                f.trend().stream().map(v -> FigureFormat.format(f.metric().getUnit(), v, card.currency()))
                        .collect(Collectors.joining(" → ")))).toList();
    }

    /** The talking points, a concern marked "! ". */
    public static List<String> talkingPoints(ScorecardView card) {
        return card.talkingPoints().stream().map(t -> (t.getFlag().isConcern() ? "! " : "") + t.getSentence()).toList();
    }

    public static String healthScore(ScorecardView card) {
        return card.healthScore() == null ? "n/a" : card.healthScore().toPlainString();
    }
}

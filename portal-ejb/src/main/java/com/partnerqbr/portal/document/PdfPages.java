package com.partnerqbr.portal.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The PDFs a person sends (the pre-read, the recap), written with OpenPDF in one look: A4, a
 * title, headings, lines of text, bulleted lists and tables in the standard Helvetica fonts. A
 * document's author writes its content through the methods here; {@link #render} returns the bytes.
 */
public final class PdfPages {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    /** What a document holds, written on its pages. */
    @FunctionalInterface
    public interface Content {
        void write(PdfPages pages);
    }

    private final Document doc;

    private PdfPages(Document doc) {
        this.doc = doc;
    }

    /** The document titled {@code title} (its first line and its metadata), with the content after the title. */
    public static byte[] render(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(pdfText(title));
            doc.open();
            doc.add(new Paragraph(pdfText(title), TITLE));
            content.write(new PdfPages(doc));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF '" + title + "' could not be written", e);
        }
        return out.toByteArray();
    }

    public void heading(String text) {
        Paragraph heading = new Paragraph(pdfText(text), HEADING);
        heading.setSpacingBefore(10);
        add(heading);
    }

    public void line(String text) {
        add(new Paragraph(pdfText(text), TEXT));
    }

    /** A heading and its items, one a line, or {@code none} when there are none. */
    public void list(String title, List<String> items, String none) {
        heading(title);
        if (items.isEmpty()) {
            line(none);
        }
        items.forEach(item -> line("- " + item));
    }

    /** A table across the page: a bold header row, then the rows (as many cells as the header). */
    public void table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        header.forEach(h -> table.addCell(new PdfPCell(new Phrase(pdfText(h), BOLD))));
        rows.forEach(row -> row.forEach(c -> table.addCell(new PdfPCell(new Phrase(pdfText(c), TEXT)))));
        add(table);
    }

    public void newPage() {
        doc.newPage();
    }

    private void add(com.lowagie.text.Element element) {
        try {
            doc.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
    }

    /** The standard fonts know no arrow. */
    private static String pdfText(String text) {
        return text == null ? "" : text.replace("→", "->");
    }
}

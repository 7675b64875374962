package vn.edu.caitien.export.impl.render;

import static vn.edu.caitien.export.impl.render.Layout.points;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.ClosingBlock;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.SignaturesBlock;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.fonts.SerifFont;

/**
 * PDF with OpenPDF from the same model as the Word file: A4 in each section's orientation with the decree's margins,
 * Liberation Serif (metric-compatible with Times New Roman) embedded as subsets with Unicode (Identity-H) encoding so
 * every Vietnamese letter prints and can be searched and copied, page numbers centred at the top from page 2, table
 * header rows repeated on every page and rows moved whole to the next page when they do not fit.
 */
@Component(service = DocumentRenderer.class, property = {
        DocumentRenderer.FORMAT + "=" + DocumentRenderer.PDF,
        DocumentRenderer.MEDIA_TYPE + "=application/pdf",
        DocumentRenderer.EXTENSION + "=pdf"})
public class PdfRenderer implements DocumentRenderer {

    /** Parsed once: the font files are large and the parsed faces are shared read-only by every document. */
    private final Map<SerifFont, BaseFont> faces = new EnumMap<>(SerifFont.class);

    /** Loads the four faces. */
    public PdfRenderer() {
        for (SerifFont f : SerifFont.values()) {
            try {
                faces.put(f, BaseFont.createFont(f.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        f.bytes(), null));
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("cannot load " + f.fileName(), e);
            }
        }
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        List<Section> sections = document.sections();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(size(sections.get(0).orientation()),
                points(Layout.LEFT_MM), points(Layout.RIGHT_MM), points(Layout.TOP_MM), points(Layout.BOTTOM_MM));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            // Justified lines get their extra room between words only, so copied and searched text keeps its words.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            writer.setPageEvent(new PageNumbers(font(false, false, Layout.PAGE_NUMBER_PT)));
            pdf.addTitle(document.title());
            pdf.addCreator("Cải Tiến");
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("vi-VN"));
            pdf.open();
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                if (i > 0) {
                    pdf.setPageSize(size(s.orientation()));
                    pdf.newPage();
                }
                for (Block b : s.blocks()) {
                    for (Element e : elements(b, s.orientation())) {
                        pdf.add(e);
                    }
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF", e);
        }
    }

    private static Rectangle size(Orientation o) {
        return new Rectangle(points(Layout.widthMm(o)), points(Layout.heightMm(o)));
    }

    private Font font(boolean bold, boolean italic, float size) {
        return new Font(faces.get(SerifFont.of(bold, italic)), size);
    }

    /** Page numbers from page 2, centred over the text in the top margin. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            Rectangle r = document.getPageSize();
            float x = (document.left() + document.right()) / 2;
            float y = r.getHeight() - points(Layout.HEADER_MM) - font.getSize() * 0.8f;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(page), font), x, y, 0);
        }
    }

    // ------------------------------------------------------------------------------------------- blocks

    private List<Element> elements(Block b, Orientation o) {
        if (b instanceof HeaderBlock h) {
            return List.of(header(h, o));
        } else if (b instanceof TitleBlock t) {
            return title(t);
        } else if (b instanceof Heading h) {
            com.lowagie.text.Paragraph p = paragraph(List.of(new Run(h.text(), true, h.level() == 3, false)),
                    Align.JUSTIFY, true, Layout.BODY_PT);
            p.setSpacingBefore(6);
            return List.of(p);
        } else if (b instanceof Paragraph p) {
            return List.of(paragraph(p.runs(), p.align(), p.indent(), Layout.BODY_PT));
        } else if (b instanceof Table t) {
            return List.of(table(t), spacer());
        } else if (b instanceof ClosingBlock c) {
            return List.of(closing(c));
        } else if (b instanceof SignaturesBlock s) {
            return s.signers().isEmpty() ? List.of() : List.of(signatures(s));
        }
        throw new IllegalArgumentException("unknown block " + b);
    }

    private com.lowagie.text.Paragraph paragraph(List<Run> runs, Align align, boolean indent, int size) {
        com.lowagie.text.Paragraph p = empty(size);
        p.setAlignment(alignment(align));
        if (indent) {
            p.setFirstLineIndent(points(Layout.INDENT_MM));
        }
        p.setLeading(0, (float) (Layout.LINE_SPACING * 1.15));
        p.setSpacingAfter(Layout.PARAGRAPH_AFTER_PT);
        for (Run r : runs) {
            p.add(chunk(r, size));
        }
        return p;
    }

    private Chunk chunk(Run r, float size) {
        Chunk c = new Chunk(r.text(), font(r.bold(), r.italic(), size));
        if (r.underline()) {
            c.setUnderline(0.6f, -2f);
        }
        return c;
    }

    private com.lowagie.text.Paragraph line(String text, boolean bold, boolean italic, float size, int align) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, font(bold, italic, size));
        p.setAlignment(align);
        p.setLeading(0, 1.2f);
        return p;
    }

    /**
     * A thin centred rule, {@code percent} of the width, a few points under the line above: a one-cell table with
     * only a bottom border (drawn in the document's font so that no other font is referenced).
     */
    private PdfPTable shortLine(float percent, boolean visible) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(percent);
        t.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell c = new PdfPCell();
        c.setBorder(visible ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        c.setBorderWidthBottom(0.6f);
        c.setFixedHeight(7);
        c.setPhrase(new Phrase("", font(false, false, 2)));
        t.addCell(c);
        return t;
    }

    /** An empty paragraph in the document's font (a paragraph without one falls back to unembedded Helvetica). */
    private com.lowagie.text.Paragraph empty(float size) {
        return new com.lowagie.text.Paragraph("", font(false, false, size));
    }

    private com.lowagie.text.Paragraph spacer() {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(" ", font(false, false, 6));
        p.setLeading(6);
        return p;
    }

    private PdfPTable header(HeaderBlock h, Orientation orientation) {
        double left = Layout.headerLeftMm(orientation);
        PdfPTable t = borderless(new float[]{(float) left, (float) (Layout.textWidthMm(orientation) - left)});
        PdfPCell l = blank();
        PdfPCell r = blank();
        boolean parent = !h.parentBody().isBlank();
        if (parent) {
            l.addElement(line(h.parentBody(), false, false, Layout.HEADER_PT, Element.ALIGN_CENTER));
        }
        l.addElement(line(h.issuingBody(), true, false, Layout.HEADER_PT, Element.ALIGN_CENTER));
        l.addElement(shortLine(33, true));
        l.addElement(line(h.number(), false, false, Layout.HEADER_PT, Element.ALIGN_CENTER));
        r.addElement(line(h.nation(), true, false, Layout.HEADER_PT, Element.ALIGN_CENTER));
        com.lowagie.text.Paragraph motto = empty(Layout.BODY_PT);
        motto.setAlignment(Element.ALIGN_CENTER);
        motto.setLeading(0, 1.2f);
        motto.add(chunk(new Run(h.motto(), true, false, true), Layout.BODY_PT));
        r.addElement(motto);
        if (parent) {
            // The left column has one line more: an invisible rule keeps the date on the line of the number.
            r.addElement(shortLine(33, false));
        }
        r.addElement(line(h.placeDate(), false, true, Layout.BODY_PT, Element.ALIGN_CENTER));
        t.addCell(l);
        t.addCell(r);
        t.setSpacingAfter(6);
        return t;
    }

    private List<Element> title(TitleBlock t) {
        com.lowagie.text.Paragraph kind = line(t.kindName(), true, false, Layout.BODY_PT, Element.ALIGN_CENTER);
        kind.setSpacingBefore(18);
        com.lowagie.text.Paragraph subject = line(t.subject(), true, false, Layout.BODY_PT, Element.ALIGN_CENTER);
        PdfPTable rule = shortLine(25, true);
        rule.setSpacingAfter(10);
        return List.of(kind, subject, rule);
    }

    private PdfPTable table(Table t) {
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.columns().get(i).weight();
        }
        PdfPTable x = new PdfPTable(widths);
        x.setWidthPercentage(100);
        x.setHeaderRows(t.headerRowCount());
        // A row that does not fit goes whole to the next page; only a row taller than a page is split.
        x.setSplitLate(true);
        x.setSplitRows(true);
        x.setSpacingBefore(4);
        for (Table.Row row : t.rows()) {
            boolean head = row.kind() == RowKind.HEADER || row.kind() == RowKind.COLUMN_NUMBERS;
            boolean strong = row.kind() == RowKind.TOTAL || row.kind() == RowKind.GROUP;
            for (Cell c : row.cells()) {
                if (c.continued()) {
                    continue;
                }
                com.lowagie.text.Paragraph p = empty(Layout.TABLE_PT);
                p.setAlignment(alignment(c.align()));
                p.setLeading(0, 1.15f);
                for (Run r : c.runs()) {
                    p.add(chunk(strong ? new Run(r.text(), true, r.italic(), r.underline()) : r, Layout.TABLE_PT));
                }
                PdfPCell cell = new PdfPCell();
                cell.addElement(p);
                cell.setColspan(c.colSpan());
                cell.setRowspan(c.rowSpan());
                cell.setPaddingLeft(3);
                cell.setPaddingRight(3);
                cell.setPaddingTop(1);
                cell.setPaddingBottom(4);
                cell.setBorderWidth(0.5f);
                cell.setVerticalAlignment(head || c.align() == Align.CENTER ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
                x.addCell(cell);
            }
        }
        return x;
    }

    private PdfPTable closing(ClosingBlock c) {
        PdfPTable t = borderless(new float[]{50, 50});
        t.setKeepTogether(true);
        t.setSpacingBefore(12);
        PdfPCell l = blank();
        l.addElement(line(c.recipientsLabel(), true, true, Layout.RECIPIENTS_LABEL_PT, Element.ALIGN_LEFT));
        for (String r : c.recipients()) {
            l.addElement(line(r, false, false, Layout.RECIPIENTS_PT, Element.ALIGN_LEFT));
        }
        PdfPCell r = blank();
        for (String a : c.authority()) {
            r.addElement(line(a, true, false, Layout.BODY_PT, Element.ALIGN_CENTER));
        }
        com.lowagie.text.Paragraph room = line(" ", false, false, Layout.BODY_PT, Element.ALIGN_CENTER);
        room.setSpacingAfter(Layout.BODY_PT * 4f);
        r.addElement(room);
        r.addElement(line(c.signerName(), true, false, Layout.BODY_PT, Element.ALIGN_CENTER));
        t.addCell(l);
        t.addCell(r);
        return t;
    }

    private PdfPTable signatures(SignaturesBlock s) {
        float[] widths = new float[s.signers().size()];
        java.util.Arrays.fill(widths, 1);
        PdfPTable t = borderless(widths);
        t.setKeepTogether(true);
        t.setSpacingBefore(12);
        for (SignaturesBlock.Signer signer : s.signers()) {
            PdfPCell c = blank();
            for (String line : signer.title()) {
                c.addElement(line(line, true, false, Layout.BODY_PT, Element.ALIGN_CENTER));
            }
            com.lowagie.text.Paragraph room = line(" ", false, false, Layout.BODY_PT, Element.ALIGN_CENTER);
            room.setSpacingAfter(Layout.BODY_PT * 4f);
            c.addElement(room);
            c.addElement(line(signer.name(), true, false, Layout.BODY_PT, Element.ALIGN_CENTER));
            t.addCell(c);
        }
        return t;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPCell blank() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private static int alignment(Align a) {
        return switch (a) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }
}

package vn.edu.caitien.export.impl.render;

import static vn.edu.caitien.export.impl.render.Layout.twips;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
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

/**
 * Word documents per Nghị định 30 with Apache POI: A4, each section with its orientation and the decree's margins,
 * Times New Roman (the font table names Liberation Serif as its alternative), the header block and the closing as
 * borderless tables, tables with repeated header rows, rows that never split, vertically merged cells, and the page
 * number centred at the top from page 2 on (the first page has an empty first-page header).
 */
@Component(service = DocumentRenderer.class, property = {
        DocumentRenderer.FORMAT + "=" + DocumentRenderer.DOCX,
        DocumentRenderer.MEDIA_TYPE + "=application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentRenderer.EXTENSION + "=docx"})
public class DocxRenderer implements DocumentRenderer {

    static final String FONT_TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"/>\
            <w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>\
            <w:pitch w:val="variable"/></w:font>
            </w:fonts>
            """;

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Poi.run(() -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                new Writer(doc).write(document);
                doc.write(out);
            }
        });
    }

    /** One document being written. */
    private static final class Writer {
        private final XWPFDocument doc;
        private Orientation orientation = Orientation.PORTRAIT;

        Writer(XWPFDocument doc) {
            this.doc = doc;
        }

        void write(Document d) throws IOException {
            doc.getProperties().getCoreProperties().setTitle(d.title());
            doc.getProperties().getCoreProperties().setCreator("Cải Tiến");
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(Layout.FONT);
            fonts.setHAnsi(Layout.FONT);
            fonts.setCs(Layout.FONT);
            fonts.setEastAsia(Layout.FONT);
            doc.createStyles().setDefaultFonts(fonts);
            fontTable();
            List<Section> sections = d.sections();
            CTSectPr firstSect = null;
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                orientation = s.orientation();
                for (Block b : s.blocks()) {
                    block(b);
                }
                CTSectPr sect;
                if (i < sections.size() - 1) {
                    // A section ends with a paragraph carrying its properties; the next one starts a new page.
                    XWPFParagraph end = doc.createParagraph();
                    sect = end.getCTP().addNewPPr().addNewSectPr();
                } else {
                    sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                            : doc.getDocument().getBody().addNewSectPr();
                }
                page(sect, s.orientation());
                if (i == 0) {
                    firstSect = sect;
                }
            }
            pageNumbers(firstSect);
        }

        private void fontTable() throws IOException {
            try {
                PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
                PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
                try (OutputStream os = part.getOutputStream()) {
                    os.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
                }
                doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
        }

        private static void page(CTSectPr sect, Orientation o) {
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(twips(Layout.widthMm(o))));
            size.setH(BigInteger.valueOf(twips(Layout.heightMm(o))));
            if (o == Orientation.LANDSCAPE) {
                size.setOrient(STPageOrientation.LANDSCAPE);
            }
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(twips(Layout.TOP_MM)));
            mar.setBottom(BigInteger.valueOf(twips(Layout.BOTTOM_MM)));
            mar.setLeft(BigInteger.valueOf(twips(Layout.LEFT_MM)));
            mar.setRight(BigInteger.valueOf(twips(Layout.RIGHT_MM)));
            mar.setHeader(BigInteger.valueOf(twips(Layout.HEADER_MM)));
            mar.setFooter(BigInteger.valueOf(twips(Layout.HEADER_MM)));
            mar.setGutter(BigInteger.ZERO);
        }

        /**
         * Page numbers centred at the top from page 2: the first section has a distinct, empty first-page header
         * (titlePg); every section uses the same default header with a PAGE field, so numbering runs on.
         */
        private void pageNumbers(CTSectPr first) {
            XWPFHeader firstHeader = doc.createHeader(HeaderFooterType.FIRST);
            firstHeader.createParagraph();
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            field(p, "PAGE");
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            if (first != last) {
                // createHeader put the references and titlePg on the last section; the first needs them instead.
                if (last.isSetTitlePg()) {
                    last.unsetTitlePg();
                }
                reference(first, STHdrFtr.FIRST, doc.getRelationId(firstHeader));
                reference(first, STHdrFtr.DEFAULT, doc.getRelationId(header));
                first.addNewTitlePg();
            }
        }

        private static void reference(CTSectPr sect, STHdrFtr.Enum type, String id) {
            CTHdrFtrRef ref = sect.addNewHeaderReference();
            ref.setType(type);
            ref.setId(id);
        }

        private static void field(XWPFParagraph p, String instruction) {
            XWPFRun begin = run(p, "", Layout.PAGE_NUMBER_PT);
            begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            XWPFRun instr = run(p, "", Layout.PAGE_NUMBER_PT);
            instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
            XWPFRun separate = run(p, "", Layout.PAGE_NUMBER_PT);
            separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            run(p, "2", Layout.PAGE_NUMBER_PT);
            XWPFRun end = run(p, "", Layout.PAGE_NUMBER_PT);
            end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        // ------------------------------------------------------------------------------------- blocks

        private void block(Block b) {
            if (b instanceof HeaderBlock h) {
                header(h);
            } else if (b instanceof TitleBlock t) {
                title(t);
            } else if (b instanceof Heading h) {
                heading(h);
            } else if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof Table t) {
                table(t);
            } else if (b instanceof ClosingBlock c) {
                closing(c);
            } else if (b instanceof SignaturesBlock s) {
                signatures(s);
            }
        }

        private double textWidthMm() {
            return Layout.textWidthMm(orientation);
        }

        private void header(HeaderBlock h) {
            double width = textWidthMm();
            double left = Layout.headerLeftMm(orientation);
            XWPFTable t = borderless(new double[]{left, width - left});
            XWPFTableCell l = t.getRow(0).getCell(0);
            XWPFTableCell r = t.getRow(0).getCell(1);
            XWPFParagraph p = first(l);
            boolean parent = !h.parentBody().isBlank();
            if (parent) {
                tight(p, ParagraphAlignment.CENTER);
                run(p, h.parentBody(), Layout.HEADER_PT);
                p = l.addParagraph();
            }
            tight(p, ParagraphAlignment.CENTER);
            run(p, h.issuingBody(), Layout.HEADER_PT).setBold(true);
            shortLine(l.addParagraph(), left, 1.0 / 3);
            p = l.addParagraph();
            tight(p, ParagraphAlignment.CENTER);
            run(p, h.number(), Layout.HEADER_PT);

            p = first(r);
            tight(p, ParagraphAlignment.CENTER);
            run(p, h.nation(), Layout.HEADER_PT).setBold(true);
            p = r.addParagraph();
            tight(p, ParagraphAlignment.CENTER);
            XWPFRun motto = run(p, h.motto(), Layout.BODY_PT);
            motto.setBold(true);
            motto.setUnderline(UnderlinePatterns.SINGLE);
            if (parent) {
                // The left column has one line more: a spacer as high as the rule keeps the date on the number's line.
                spacer(r.addParagraph());
            }
            p = r.addParagraph();
            tight(p, ParagraphAlignment.CENTER);
            run(p, h.placeDate(), Layout.BODY_PT).setItalic(true);
        }

        private void title(TitleBlock t) {
            XWPFParagraph p = doc.createParagraph();
            tight(p, ParagraphAlignment.CENTER);
            spacing(p, 18, 0);
            run(p, t.kindName(), Layout.BODY_PT).setBold(true);
            p = doc.createParagraph();
            tight(p, ParagraphAlignment.CENTER);
            XWPFRun r = run(p, t.subject(), Layout.BODY_PT);
            r.setBold(true);
            shortLine(doc.createParagraph(), textWidthMm(), 0.25);
        }

        private void heading(Heading h) {
            XWPFParagraph p = doc.createParagraph();
            body(p, Align.JUSTIFY, true);
            spacing(p, 6, Layout.PARAGRAPH_AFTER_PT);
            p.setKeepNext(true);
            XWPFRun r = run(p, h.text(), Layout.BODY_PT);
            r.setBold(true);
            r.setItalic(h.level() == 3);
        }

        private void paragraph(Paragraph para) {
            XWPFParagraph p = doc.createParagraph();
            body(p, para.align(), para.indent());
            for (Run r : para.runs()) {
                styled(p, r, Layout.BODY_PT);
            }
        }

        private void body(XWPFParagraph p, Align align, boolean indent) {
            p.setAlignment(alignment(align));
            if (indent) {
                p.setIndentationFirstLine(twips(Layout.INDENT_MM));
            }
            CTSpacing s = spacing(p, 0, Layout.PARAGRAPH_AFTER_PT);
            s.setLine(BigInteger.valueOf(Math.round(240 * Layout.LINE_SPACING)));
            s.setLineRule(STLineSpacingRule.AUTO);
        }

        private void table(Table t) {
            double width = textWidthMm();
            int total = t.columns().stream().mapToInt(Table.Column::weight).sum();
            double[] widths = new double[t.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width * t.columns().get(i).weight() / total;
            }
            XWPFTable x = doc.createTable();
            grid(x, widths);
            int headers = t.headerRowCount();
            for (int r = 0; r < t.rows().size(); r++) {
                Table.Row row = t.rows().get(r);
                XWPFTableRow xr = x.insertNewTableRow(r + 1);
                xr.setCantSplitRow(true);
                if (r < headers) {
                    xr.setRepeatHeader(true);
                }
                int col = 0;
                for (Cell c : row.cells()) {
                    XWPFTableCell xc = xr.addNewTableCell();
                    double w = 0;
                    for (int k = 0; k < c.colSpan(); k++) {
                        w += widths[col + k];
                    }
                    CTTcPr pr = xc.getCTTc().isSetTcPr() ? xc.getCTTc().getTcPr() : xc.getCTTc().addNewTcPr();
                    CTTblWidth tcw = pr.addNewTcW();
                    tcw.setType(STTblWidth.DXA);
                    tcw.setW(BigInteger.valueOf(twips(w)));
                    if (c.colSpan() > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
                    }
                    if (c.continued()) {
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    } else if (c.rowSpan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    boolean centre = row.kind() == RowKind.HEADER || row.kind() == RowKind.COLUMN_NUMBERS
                            || c.align() == Align.CENTER;
                    pr.addNewVAlign().setVal(centre ? STVerticalJc.CENTER : STVerticalJc.TOP);
                    XWPFParagraph p = first(xc);
                    tight(p, alignment(c.align()));
                    for (Run run : c.runs()) {
                        XWPFRun xrun = styled(p, run, Layout.TABLE_PT);
                        if (row.kind() == RowKind.TOTAL || row.kind() == RowKind.GROUP) {
                            xrun.setBold(true);
                        }
                    }
                    col += c.colSpan();
                }
            }
            x.removeRow(0);
            // A paragraph after the table keeps two adjacent tables apart and gives room before the next text.
            spacer(doc.createParagraph());
        }

        private void closing(ClosingBlock c) {
            double width = textWidthMm();
            double left = width * 0.5;
            XWPFTable t = borderless(new double[]{left, width - left});
            t.getRow(0).setCantSplitRow(true);
            XWPFTableCell l = t.getRow(0).getCell(0);
            XWPFTableCell r = t.getRow(0).getCell(1);
            XWPFParagraph p = first(l);
            tight(p, ParagraphAlignment.LEFT);
            XWPFRun label = run(p, c.recipientsLabel(), Layout.RECIPIENTS_LABEL_PT);
            label.setBold(true);
            label.setItalic(true);
            for (String line : c.recipients()) {
                p = l.addParagraph();
                tight(p, ParagraphAlignment.LEFT);
                run(p, line, Layout.RECIPIENTS_PT);
            }
            p = first(r);
            for (int i = 0; i < c.authority().size(); i++) {
                if (i > 0) {
                    p = r.addParagraph();
                }
                tight(p, ParagraphAlignment.CENTER);
                run(p, c.authority().get(i), Layout.BODY_PT).setBold(true);
            }
            for (int i = 0; i < 4; i++) {
                // Room for the signature and the seal.
                p = r.addParagraph();
                tight(p, ParagraphAlignment.CENTER);
                run(p, "", Layout.BODY_PT);
            }
            p = r.addParagraph();
            tight(p, ParagraphAlignment.CENTER);
            run(p, c.signerName(), Layout.BODY_PT).setBold(true);
        }

        private void signatures(SignaturesBlock s) {
            if (s.signers().isEmpty()) {
                return;
            }
            double width = textWidthMm();
            double[] widths = new double[s.signers().size()];
            java.util.Arrays.fill(widths, width / widths.length);
            XWPFTable t = borderless(widths);
            t.getRow(0).setCantSplitRow(true);
            for (int i = 0; i < widths.length; i++) {
                SignaturesBlock.Signer signer = s.signers().get(i);
                XWPFTableCell cell = t.getRow(0).getCell(i);
                XWPFParagraph p = first(cell);
                for (int k = 0; k < signer.title().size(); k++) {
                    if (k > 0) {
                        p = cell.addParagraph();
                    }
                    tight(p, ParagraphAlignment.CENTER);
                    run(p, signer.title().get(k), Layout.BODY_PT).setBold(true);
                }
                for (int k = 0; k < 4; k++) {
                    p = cell.addParagraph();
                    tight(p, ParagraphAlignment.CENTER);
                    run(p, "", Layout.BODY_PT);
                }
                p = cell.addParagraph();
                tight(p, ParagraphAlignment.CENTER);
                run(p, signer.name(), Layout.BODY_PT).setBold(true);
            }
        }

        // ------------------------------------------------------------------------------------- helpers

        /** A one-row table without borders, for the header block and the closing. */
        private XWPFTable borderless(double[] widths) {
            XWPFTable t = doc.createTable(1, widths.length);
            grid(t, widths);
            CTTblPr pr = t.getCTTbl().getTblPr();
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            CTTblBorders b = pr.addNewTblBorders();
            b.addNewTop().setVal(STBorder.NIL);
            b.addNewLeft().setVal(STBorder.NIL);
            b.addNewBottom().setVal(STBorder.NIL);
            b.addNewRight().setVal(STBorder.NIL);
            b.addNewInsideH().setVal(STBorder.NIL);
            b.addNewInsideV().setVal(STBorder.NIL);
            for (int i = 0; i < widths.length; i++) {
                CTTcPr tc = t.getRow(0).getCell(i).getCTTc().isSetTcPr() ? t.getRow(0).getCell(i).getCTTc().getTcPr()
                        : t.getRow(0).getCell(i).getCTTc().addNewTcPr();
                CTTblWidth w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(twips(widths[i])));
            }
            return t;
        }

        private static void grid(XWPFTable t, double[] widths) {
            CTTbl ct = t.getCTTbl();
            CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
            CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            double total = 0;
            for (double x : widths) {
                total += x;
            }
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips(total)));
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (double x : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(twips(x)));
            }
        }

        /** A thin centred line under a heading line, {@code share} of {@code widthMm} long. */
        private static void shortLine(XWPFParagraph p, double widthMm, double share) {
            tight(p, ParagraphAlignment.CENTER);
            // a little air between the text above and the rule, which otherwise touches the descenders
            spacing(p, 2, 0);
            int indent = twips(widthMm * (1 - share) / 2);
            p.setIndentationLeft(indent);
            p.setIndentationRight(indent);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTBorder top = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewTop();
            top.setVal(STBorder.SINGLE);
            top.setSz(BigInteger.valueOf(6));
            top.setSpace(BigInteger.ZERO);
            top.setColor("000000");
            run(p, "", 6);
        }

        private static void spacer(XWPFParagraph p) {
            tight(p, ParagraphAlignment.CENTER);
            run(p, "", 6);
        }

        private static XWPFParagraph first(XWPFTableCell c) {
            return c.getParagraphs().get(0);
        }

        private static void tight(XWPFParagraph p, ParagraphAlignment a) {
            p.setAlignment(a);
            spacing(p, 0, 0);
        }

        private static CTSpacing spacing(XWPFParagraph p, int beforePt, int afterPt) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
            s.setBefore(BigInteger.valueOf(beforePt * 20L));
            s.setAfter(BigInteger.valueOf(afterPt * 20L));
            return s;
        }

        private static XWPFRun styled(XWPFParagraph p, Run r, int size) {
            XWPFRun x = run(p, r.text(), size);
            x.setBold(r.bold());
            x.setItalic(r.italic());
            if (r.underline()) {
                x.setUnderline(UnderlinePatterns.SINGLE);
            }
            return x;
        }

        /** A run in Times New Roman; line breaks in the text become breaks. */
        private static XWPFRun run(XWPFParagraph p, String text, int size) {
            XWPFRun r = p.createRun();
            r.setFontFamily(Layout.FONT);
            r.setFontSize(size);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                if (!lines[i].isEmpty()) {
                    r.setText(lines[i], r.getCTR().sizeOfTArray());
                }
            }
            return r;
        }

        private static ParagraphAlignment alignment(Align a) {
            return switch (a) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                case JUSTIFY -> ParagraphAlignment.BOTH;
            };
        }
    }
}

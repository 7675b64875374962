package vn.edu.caitien.export.impl.render;

import vn.edu.caitien.export.api.Orientation;

/**
 * The page and type of Nghị định 30/2020 shared by the DOCX and PDF renderers: A4, margins top and bottom 20 mm,
 * left 30 mm, right 15 mm (the allowed ranges are 20-25, 30-35 and 15-20), the page number centred in the top margin
 * 10 mm from the edge, Times New Roman (Liberation Serif where it is missing) in the sizes of the decree's table.
 */
final class Layout {

    static final double PAGE_SHORT_MM = 210;
    static final double PAGE_LONG_MM = 297;
    static final double TOP_MM = 20;
    static final double BOTTOM_MM = 20;
    static final double LEFT_MM = 30;
    static final double RIGHT_MM = 15;
    static final double HEADER_MM = 10;
    static final double INDENT_MM = 10;

    static final String FONT = "Times New Roman";

    /** Body text, headings, title, subject, motto, place and date, signature: 14 pt (13-14). */
    static final int BODY_PT = 14;
    /** Parent and issuing body, national name, "Số:": 13 pt (12-13 and 13). */
    static final int HEADER_PT = 13;
    /** Page numbers: 13 pt (13-14). */
    static final int PAGE_NUMBER_PT = 13;
    /** Tables: 12 pt, so that nine columns fit a landscape page. */
    static final int TABLE_PT = 12;
    /** "Nơi nhận:": 12 pt, bold italic. */
    static final int RECIPIENTS_LABEL_PT = 12;
    /** The recipient lines: 11 pt. */
    static final int RECIPIENTS_PT = 11;
    /** Space after a body paragraph: 6 pt (at least 6). */
    static final int PARAGRAPH_AFTER_PT = 6;
    /** Line spacing: 1.15 (single to 1.5). */
    static final double LINE_SPACING = 1.15;

    private Layout() {
    }

    static double widthMm(Orientation o) {
        return o == Orientation.LANDSCAPE ? PAGE_LONG_MM : PAGE_SHORT_MM;
    }

    static double heightMm(Orientation o) {
        return o == Orientation.LANDSCAPE ? PAGE_SHORT_MM : PAGE_LONG_MM;
    }

    /** @return the width of the text area */
    static double textWidthMm(Orientation o) {
        return widthMm(o) - LEFT_MM - RIGHT_MM;
    }

    /**
     * The right column of the header block holds the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line:
     * 95.7 mm in 13 pt bold Times New Roman (Liberation Serif has the same metrics), plus the cell margins. On a
     * portrait page (165 mm of text) that leaves 64 mm for the issuing body on the left.
     */
    static final double HEADER_RIGHT_MIN_MM = 101;

    /** @return the width of the header block's left column (issuing body, number) */
    static double headerLeftMm(Orientation o) {
        double width = textWidthMm(o);
        return width - Math.max(width * 0.58, HEADER_RIGHT_MIN_MM);
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }
}

package vn.edu.caitien.export.importer.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds, with POI, the documents the tests import: a Decree 30 style plan (header block table, sections, the
 * 9-column table with its column-number row, standards spanning the table, criteria with several actions as
 * vertically merged cells, signature block table), the same plan as Word's plain text, and the XLSX template.
 */
final class TestDocs {

    static final String[] HEADER = {"TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)",
        "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành",
        "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú"};

    /** One criterion: TT, criterion cell (paragraphs), target, then its actions (description, lead, time, budget). */
    record Crit(String tt, List<String> criterion, String target, List<String[]> actions) {
    }

    /** A standard row followed by its criteria. */
    record Std(String tt, String title, List<Crit> criteria) {
    }

    static List<Std> plan() {
        return List.of(
                new Std("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", List.of(
                        new Crit("1", List.of("Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường"), "Đạt mức 3",
                                List.of(new String[] {"Rà soát kế hoạch chiến lược", "BGH, các tổ chuyên môn", "Tháng 9/2025", "Không"},
                                        new String[] {"- Công khai kế hoạch trên website", "Tổ văn phòng", "Tháng 10/2025", ""},
                                        new String[] {"- Đánh giá giữa kỳ kế hoạch", "Hiệu trưởng phối hợp Công đoàn", "Tháng 1/2026", "2 triệu đồng"})),
                        new Crit("2", List.of("Tiêu chí 1.2", "Hội đồng trường và các hội đồng khác"), "Đạt mức 2",
                                List.<String[]>of(new String[] {"Kiện toàn hội đồng trường", "Hiệu trưởng", "Năm học 2025-2026", ""})))),
                new Std("3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", List.of(
                        new Crit("1", List.of("Tiêu chí", "3.3", "Khối hành chính - quản trị"), "Đạt mức 3",
                                List.of(new String[] {"Tu sửa phòng hành chính", "Hiệu trưởng", "Năm học 2025-2026", "50 triệu đồng"},
                                        new String[] {"Mua sắm bàn ghế", "Kế toán", "Học kỳ II năm học 2025-2026", "30 triệu đồng"})))));
    }

    static final String[] HEAD_LEFT = {"UBND XÃ AN BÌNH", "TRƯỜNG THCS AN BÌNH", "Số: 25/KH-THCSAB"};
    static final String[] HEAD_RIGHT = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "An Bình, ngày 10 tháng 9 năm 2025"};
    static final String[] BEFORE_TABLE = {"KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025-2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "- Khắc phục điểm yếu, phát huy điểm mạnh.", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo.",
        "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"};
    static final String[] AFTER_TABLE = {"Tổng dự kiến kinh phí: 82.000.000 đ", "VI. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng",
        "Chỉ đạo chung, kiểm tra định kỳ.", "VIII. ĐỀ XUẤT, KIẾN NGHỊ", "Ủy ban nhân dân xã An Bình",
        "Hỗ trợ kinh phí sửa chữa phòng học."};
    static final String[] SIGN_LEFT = {"Nơi nhận:", "- UBND xã An Bình;", "- Lưu: VT."};
    static final String[] SIGN_RIGHT = {"KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trần Thị Mai"};

    /** @return the plan as a DOCX; {@code repeat} copies of the standards make a long plan */
    static byte[] docx(int repeat) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            twoColumns(doc, HEAD_LEFT, HEAD_RIGHT);
            for (String p : BEFORE_TABLE) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable t = doc.createTable(1, 9);
            fill(t.getRow(0), HEADER);
            String[] numbers = new String[9];
            for (int i = 0; i < 9; i++) {
                numbers[i] = "(" + (i + 1) + ")";
            }
            fill(t.createRow(), numbers);
            for (int k = 0; k < repeat; k++) {
                for (Std s : plan()) {
                    XWPFTableRow row = t.createRow();
                    row.getCell(0).setText(s.tt());
                    row.getCell(1).setText(s.title());
                    for (int c = 8; c >= 2; c--) {
                        row.removeCell(c);
                    }
                    pr(row.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(8));
                    for (Crit c : s.criteria()) {
                        for (int a = 0; a < c.actions().size(); a++) {
                            XWPFTableRow r = t.createRow();
                            String[] act = c.actions().get(a);
                            if (a == 0) {
                                r.getCell(0).setText(c.tt());
                                r.getCell(1).setText(c.criterion().get(0));
                                for (String more : c.criterion().subList(1, c.criterion().size())) {
                                    r.getCell(1).addParagraph().createRun().setText(more);
                                }
                                r.getCell(2).setText(c.target());
                            }
                            if (c.actions().size() > 1) {
                                for (int col = 0; col <= 2; col++) {
                                    pr(r.getCell(col)).addNewVMerge().setVal(a == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                                }
                            }
                            r.getCell(3).setText(act[0]);
                            r.getCell(4).setText(act[1]);
                            r.getCell(5).setText(act[2]);
                            if (!act[3].isEmpty()) {
                                r.getCell(6).setText(act[3]);
                            }
                        }
                    }
                }
                if (k == 0 && repeat > 1) {
                    fill(t.createRow(), HEADER);
                }
            }
            XWPFTableRow total = t.createRow();
            total.getCell(0).setText("Tổng cộng");
            total.getCell(6).setText("82.000.000 đ");
            for (int c = 5; c >= 1; c--) {
                total.removeCell(c);
            }
            pr(total.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(6));
            for (String p : AFTER_TABLE) {
                doc.createParagraph().createRun().setText(p);
            }
            twoColumns(doc, SIGN_LEFT, SIGN_RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the same plan as Word's plain text (tabs between cells, merged cells empty) */
    static String text(int repeat) {
        List<String> lines = new ArrayList<>();
        lines.addAll(List.of(HEAD_LEFT));
        lines.addAll(List.of(HEAD_RIGHT));
        lines.addAll(List.of(BEFORE_TABLE));
        lines.add(String.join("\t", HEADER));
        lines.add("(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)");
        for (int k = 0; k < repeat; k++) {
            for (Std s : plan()) {
                lines.add(s.tt() + "\t" + s.title() + "\t\t\t\t\t\t\t");
                for (Crit c : s.criteria()) {
                    for (int a = 0; a < c.actions().size(); a++) {
                        String[] act = c.actions().get(a);
                        String head = a == 0 ? c.tt() + "\t" + String.join(" ", c.criterion()) + "\t" + c.target() : "\t\t";
                        lines.add(head + "\t" + act[0] + "\t" + act[1] + "\t" + act[2] + "\t" + act[3] + "\t\t");
                    }
                }
            }
        }
        lines.add("Tổng cộng\t\t\t\t\t\t82.000.000 đ\t\t");
        lines.addAll(List.of(AFTER_TABLE));
        lines.addAll(List.of(SIGN_LEFT));
        lines.addAll(List.of(SIGN_RIGHT));
        return String.join("\n", lines);
    }

    /** @return the plan table as the XLSX template: title row, header, standards and merged criterion cells */
    static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Kế hoạch");
            int r = 0;
            sheet.createRow(r).createCell(0).setCellValue("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026");
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
            r++;
            XSSFRow header = sheet.createRow(r++);
            for (int c = 0; c < 9; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (Std s : plan()) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(Integer.parseInt(s.tt()));
                row.createCell(1).setCellValue(s.title());
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 8));
                r++;
                for (Crit c : s.criteria()) {
                    int first = r;
                    for (int a = 0; a < c.actions().size(); a++) {
                        XSSFRow x = sheet.createRow(r++);
                        String[] act = c.actions().get(a);
                        if (a == 0) {
                            x.createCell(0).setCellValue(Integer.parseInt(c.tt()));
                            x.createCell(1).setCellValue(String.join("\n", c.criterion()));
                            x.createCell(2).setCellValue(c.target());
                        }
                        x.createCell(3).setCellValue(act[0]);
                        x.createCell(4).setCellValue(act[1]);
                        x.createCell(5).setCellValue(act[2]);
                        x.createCell(6).setCellValue(act[3]);
                    }
                    if (r - first > 1) {
                        for (int col = 0; col <= 2; col++) {
                            sheet.addMergedRegion(new CellRangeAddress(first, r - 1, col, col));
                        }
                    }
                }
            }
            XSSFRow total = sheet.createRow(r);
            total.createCell(0).setCellValue("Tổng cộng");
            total.createCell(6).setCellFormula("SUM(G4:G" + r + ")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void twoColumns(XWPFDocument doc, String[] left, String[] right) {
        XWPFTable t = doc.createTable(1, 2);
        cell(t.getRow(0).getCell(0), left);
        cell(t.getRow(0).getCell(1), right);
    }

    private static void cell(XWPFTableCell cell, String[] paragraphs) {
        cell.setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static void fill(XWPFTableRow row, String[] texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private TestDocs() {
    }
}

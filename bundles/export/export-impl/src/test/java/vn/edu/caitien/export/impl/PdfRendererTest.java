package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: text with every diacritic, fonts embedded, pages, page numbers. */
class PdfRendererTest extends ExportTestSupport {

    private PDDocument pdf;
    private String text;

    @BeforeAll
    void render() throws IOException {
        pdf = Loader.loadPDF(export(plan, "pdf").content());
        // In content order (a table cell's lines stay together); words wrapped in cells compared with single spaces.
        text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    @AfterAll
    void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyVietnameseLetterComesOutIntact() {
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND PHƯỜNG AN BÌNH", "TRƯỜNG THCS AN BÌNH", "Số: 07/KH-THCSAB", "Kinh Bắc, ngày 09 tháng 9 năm 2025",
                "KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025-2026", "I. MỤC ĐÍCH, YÊU CẦU",
                "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp cần", "Dự kiến kinh phí",
                "Điều kiện hỗ trợ khác", "Ghi chú", "Rà soát, điều chỉnh phương hướng chiến lược",
                "Tổ chức hội nghị lấy ý kiến cha mẹ học sinh", "535.000.000 đ", "Nơi nhận:", "KT. HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG", "Trần Thị Mai", "Đạt mức 2");
        // Letters with two marks and the đ, in upper and lower case, all from one line of the plan.
        assertThat(text).contains("Kiện toàn hội đồng trường, bổ sung quy chế hoạt động");
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void theFontsAreEmbeddedLiberationSerifSubsets() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                names.add(f.getName());
            }
        }
        assertThat(names).isNotEmpty().allMatch(n -> n.contains("LiberationSerif"));
        assertThat(names).anyMatch(n -> n.contains("Bold")).anyMatch(n -> n.contains("Italic"));
    }

    @Test
    void portraitPagesThenTheTableOnLandscapePagesThenPortraitAgainWithNumbersFromPageTwo() throws IOException {
        List<Boolean> landscape = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            // A4: 595 x 842 points.
            assertThat(Math.round(Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()))).isEqualTo(595);
            assertThat(Math.round(Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()))).isEqualTo(842);
        }
        assertThat(landscape.get(0)).isFalse();
        assertThat(landscape).contains(true);
        assertThat(landscape.get(landscape.size() - 1)).isFalse();
        int firstLandscape = landscape.indexOf(true);
        String tablePage = pageText(firstLandscape + 1);
        assertThat(tablePage).contains("NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "(1)", "(9)");
        // Page 1 has no number at the top; page 2 begins with "2".
        assertThat(pageText(1).strip()).startsWith("UBND PHƯỜNG AN BÌNH");
        assertThat(pageText(2).strip()).startsWith("2");
    }

    @Test
    void theFirstPageRendersToAnImage() throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
        Path file = Path.of("target", "export-tests", "plan-page-1.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(image.getWidth()).isLessThan(image.getHeight());
        // Something is printed: dark pixels in the top third (the header block).
        int dark = 0;
        for (int y = 0; y < image.getHeight() / 3; y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(500);
        // The table page too, for a look (target/export-tests/plan-page-2.png).
        BufferedImage table = new PDFRenderer(pdf).renderImageWithDPI(1, 80);
        ImageIO.write(table, "png", file.resolveSibling("plan-page-2.png").toFile());
        assertThat(table.getWidth()).isGreaterThan(table.getHeight());
    }

    private String pageText(int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return Normalizer.normalize(s.getText(pdf), Normalizer.Form.NFC);
    }
}

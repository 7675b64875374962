package vn.edu.caitien.trust.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.trust.e2e.Browser.button;
import static vn.edu.caitien.trust.e2e.Browser.labelled;
import static vn.edu.caitien.trust.e2e.Browser.xpathLiteral;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.edu.caitien.trust.support.PortalProcess;

/**
 * Four journeys through the real portal in a real browser, in Vietnamese, as the people who use it: the principal
 * writes, approves and downloads a plan; a teacher reports progress with an evidence file; the ward officer inspects a
 * school and its finding becomes an action of the school's plan; the administrator switches a module off for one
 * school and on again. One portal for the class (the built distribution, fresh data with the demo data); one fresh
 * browser per journey. A failing step leaves a screenshot and the page source in {@code target/e2e-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {

    private static final String KINH_BAC = "Trường THCS Kinh Bắc";
    private static final String TH_KINH_BAC = "Trường Tiểu học Kinh Bắc";
    /** Navigation entries of the monitoring module that a principal sees. */
    private static final List<String> MONITORING_ENTRIES = List.of("Việc của tôi", "Tiến độ kế hoạch",
            "Bảng theo dõi", "Rà soát, đánh giá", "Kiểm tra kế hoạch", "Tổng kết năm học");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static PortalProcess portal;
    private static Path work;

    private Browser browser;

    @RegisterExtension
    final FailureArtefacts artefacts = new FailureArtefacts(() -> browser);

    @BeforeAll
    static void startPortal() throws IOException {
        Browser.requireChromium();
        portal = PortalProcess.prepare("e2e", Map.of()).start(Duration.ofMinutes(3));
        work = Files.createDirectories(portal.data().resolveSibling("browser"));
        // The modules register after the login page answers, and the demo plans are made by a thread of the demo
        // bundle after that; TH Kinh Bắc's comes last.
        try (Browser b = Browser.start(portal.baseUrl(), work)) {
            try {
                b.login("hieutruong.th");
                b.step("chờ kế hoạch mẫu của trường Tiểu học Kinh Bắc");
                b.open("/m/plan/plans");
                b.reloadUntil(d -> b.content().contains("Năm học 2026-2027") && b.content().contains("Đã gửi cấp trên"),
                        Duration.ofMinutes(3), "the demo plan of TH Kinh Bắc");
            } catch (RuntimeException | AssertionError e) {
                b.saveArtefacts(FailureArtefacts.folder(), BrowserJourneysIT.class.getSimpleName() + ".startPortal", e);
                throw e;
            }
        }
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.stop();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(portal.baseUrl(), work);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ journey 1

    /**
     * The principal creates a plan for a school year that has none, lists the criteria of the self-assessment, marks
     * two below the target, drafts their rows from the baseline, adds an action to each, submits and approves the plan,
     * and downloads it as DOCX: a real Word file with the school and the actions in it.
     */
    @Test
    @Order(1)
    void principalWritesApprovesAndDownloadsAPlan() throws IOException {
        Browser b = browser;
        b.login("hieutruong");
        b.step("mở danh sách kế hoạch");
        b.nav("Kế hoạch cải tiến chất lượng");
        b.waitForText("Kế hoạch cải tiến chất lượng giáo dục");
        int first = 2027;
        while (b.content().contains("Năm học " + first + "-" + (first + 1))) {
            first++;
        }
        String year = first + "-" + (first + 1);

        b.step("tạo kế hoạch năm học " + year);
        b.fill(labelled("Thời gian"), year);
        b.submit(button("Tạo kế hoạch"));
        b.waitForText("Soạn kế hoạch cải tiến chất lượng");
        assertThat(b.content()).contains("Năm học " + year).contains("Trạng thái: Bản nháp");

        b.step("điền phần văn bản");
        b.fill(labelled("Số"), "12");
        b.fill(labelled("Địa danh"), "Kinh Bắc");
        b.fill(labelled("Ngày"), "15/09/" + first);
        b.fill(labelled("Người ký"), "Nguyễn Văn An");

        b.step("liệt kê các tiêu chí tự đánh giá");
        b.submit(button("Liệt kê các tiêu chí"));
        By baselineRows = By.xpath("//main//fieldset[legend[normalize-space(.)='Kết quả tự đánh giá']]//tr[.//select]");
        b.until(d -> b.all(baselineRows).size() > 5, "the criteria of the self-assessment");
        List<String> codes = b.all(baselineRows).stream()
                .map(r -> r.findElement(By.xpath("./td[1]")).getText().strip()).toList();
        assertThat(codes).contains("2.2", "4.1");
        b.step("ghi kết quả tự đánh giá: tiêu chí 2.2 và 4.1 ở mức 1, các tiêu chí khác ở mức 2");
        for (String code : codes) {
            boolean weak = code.equals("2.2") || code.equals("4.1");
            b.select(baselineCell(code, "select"), weak ? "Mức 1" : "Mức 2");
            if (weak) {
                b.fill(baselineCell(code, "input"), "Tiêu chí " + code + " chưa đạt mức 2 theo báo cáo tự đánh giá");
            }
        }
        b.select(labelled("Mức cần đạt"), "2");
        b.step("thêm dòng cho các tiêu chí dưới mức cần đạt");
        b.submit(button("Thêm dòng cho các tiêu chí dưới mức cần đạt"));
        b.until(d -> b.all(planRow("2.2")).size() == 1 && b.all(planRow("4.1")).size() == 1,
                "rows for criteria 2.2 and 4.1 in the plan table");
        assertThat(b.all(planRow("1.1"))).as("a criterion at level 2 gets no row").isEmpty();

        String teachers = "Bồi dưỡng giáo viên về dạy học phát triển phẩm chất, năng lực học sinh năm học " + year;
        String library = "Bổ sung thiết bị dạy học và sách tham khảo cho thư viện năm học " + year;
        addAction("2.2", teachers, "Từ tháng 10/" + first + " đến tháng 12/" + first, "20 triệu đồng");
        addAction("4.1", library, "Học kỳ I năm học " + year, "50 triệu đồng");

        b.step("trình duyệt kế hoạch");
        b.submit(button("Trình duyệt"));
        b.waitForText("Đã trình duyệt kế hoạch.");
        assertThat(b.content()).contains("Trạng thái: Đã trình");
        b.step("duyệt kế hoạch");
        b.submit(button("Duyệt"));
        b.waitForText("Đã duyệt kế hoạch.");
        assertThat(b.content()).contains("Trạng thái: Đã duyệt");

        b.step("tải kế hoạch dạng DOCX");
        b.nav("Xuất văn bản");
        WebElement row = b.waitFor(By.xpath("//main//tr[td[normalize-space(.)=" + xpathLiteral("Năm học " + year)
                + "]]"));
        assertThat(row.getText()).contains("Đã duyệt");
        String href = row.findElement(By.xpath(".//li[span[normalize-space(.)='Kế hoạch']]"
                + "//a[normalize-space(.)='DOCX']")).getDomProperty("href");
        HttpResponse<byte[]> docx = b.fetch(href);
        assertThat(docx.statusCode()).as("status of " + href).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(docx.body()).as("a ZIP (PK) file").startsWith('P', 'K');
        String text = wordText(docx.body()).toUpperCase(Locale.forLanguageTag("vi"));
        assertThat(text).contains("THCS KINH BẮC")
                .contains(teachers.toUpperCase(Locale.forLanguageTag("vi")))
                .contains(library.toUpperCase(Locale.forLanguageTag("vi")));
    }

    private void addAction(String code, String description, String time, String budget) {
        Browser b = browser;
        b.step("thêm công việc cho tiêu chí " + code);
        b.click(planRowElement(code).findElement(Browser.buttonWithin("Thêm công việc")));
        b.waitForText("Công việc mới");
        b.fill(labelled("Công việc/giải pháp"), description);
        b.selectContaining(labelled("Chủ trì là cán bộ, giáo viên của trường"), "Nguyễn Văn An");
        b.fill(labelled("Thời gian"), time);
        b.fill(labelled("Dự kiến kinh phí"), budget);
        b.fill(labelled("Chỉ số đánh giá kết quả"), "Tiêu chí " + code + " đạt mức 2");
        b.submit(button("Lưu công việc"));
        b.until(d -> b.all(labelled("Công việc/giải pháp")).isEmpty()
                && b.all(By.xpath("//main//table[contains(@class,'plan-table')]//td[contains(.,"
                        + xpathLiteral(description) + ")]")).size() == 1, "the saved action in the table");
    }

    // ------------------------------------------------------------------------------------------------ journey 2

    /**
     * The teacher reports progress on the action they lead in the school's current plan and adds a photo as evidence;
     * opened again, the action shows the new progress and the evidence with its code, which downloads as the file.
     */
    @Test
    @Order(2)
    void teacherReportsProgressWithEvidence() throws IOException {
        Browser b = browser;
        String action = "Xây dựng tủ sách lớp học cho các lớp khối 6";
        b.login("giaovien");
        b.step("mở việc của tôi");
        b.nav("Việc của tôi");
        b.waitForText(action);
        b.click(myAction(action).findElement(Browser.linkWithin("Báo cáo tiến độ")));
        b.waitFor(By.xpath("//main//h3[contains(.," + xpathLiteral(action) + ")]"));

        b.step("báo cáo tiến độ");
        b.select(labelled("Trạng thái"), "Đang thực hiện");
        b.fill(labelled("Tỷ lệ hoàn thành"), "60");
        b.fill(labelled("Nội dung đã thực hiện"), "Đã đóng tủ sách cho các lớp 6A, 6B, 6C");
        b.submit(button("Lưu báo cáo"));
        b.waitForText("Đã lưu báo cáo tiến độ.");

        b.step("thêm minh chứng là ảnh");
        Path photo = photo(work.resolve("tu-sach-6A.png"));
        b.attach(labelled("Tệp"), photo);
        b.fill(labelled("Tên minh chứng"), "Ảnh tủ sách lớp 6A");
        b.submit(button("Thêm minh chứng"));
        b.waitForText("Đã lưu minh chứng với mã");

        b.step("xem lại việc đã báo cáo");
        b.nav("Việc của tôi");
        assertThat(myAction(action).getText()).contains("Đang thực hiện").contains("60 %");
        b.click(myAction(action).findElement(Browser.linkWithin("Báo cáo tiến độ")));
        WebElement evidence = b.waitFor(By.xpath("//main//tr[td[normalize-space(.)='Ảnh tủ sách lớp 6A']]"));
        assertThat(evidence.getText()).contains("Tệp").contains(photo.getFileName().toString());
        String code = evidence.findElement(By.xpath("./td[1]")).getText().strip();
        assertThat(code).as("the evidence code").startsWith("MC.4.1.");

        b.step("tải minh chứng từ trang tiến độ kế hoạch");
        b.nav("Tiến độ kế hoạch");
        WebElement file = b.waitFor(By.xpath("//main//a[normalize-space(.)=" + xpathLiteral(code + " Ảnh tủ sách lớp 6A")
                + "]"));
        HttpResponse<byte[]> download = b.fetch(file.getDomProperty("href"));
        assertThat(download.statusCode()).as("status of " + file.getDomProperty("href")).isEqualTo(200);
        assertThat(download.body()).as("the uploaded photo, byte for byte").isEqualTo(Files.readAllBytes(photo));
    }

    // ------------------------------------------------------------------------------------------------ journey 3

    /**
     * The ward officer sees THCS Kinh Bắc in the roll-up of the ward's schools, records an inspection of its plan with a
     * finding that needs a corrective action, and the principal then finds that action in the school's plan.
     */
    @Test
    @Order(3)
    void wardInspectionAddsAFollowUpActionToThePlan() {
        Browser b = browser;
        String followUp = "Sắp xếp lại tủ sách lớp học, lập sổ theo dõi mượn sách (theo biên bản kiểm tra "
                + LocalDate.now().format(DAY) + ")";
        b.login("phuong");
        b.step("mở tổng hợp các trường");
        b.nav("Tổng hợp các trường");
        b.selectContaining(labelled("Năm học"), "2026-2027");
        b.submit(button("Xem"));
        b.waitForText("Năm học 2026-2027:");
        WebElement school = b.waitFor(By.xpath("//main//tr[td[normalize-space(.)=" + xpathLiteral(KINH_BAC) + "]]"));
        assertThat(school.getText()).contains("Đã công khai");

        b.step("chọn trường THCS Kinh Bắc");
        b.select(By.id("ct-school-select"), KINH_BAC);
        b.submit(By.cssSelector("form.ct-school button[type=submit]"));
        b.step("ghi biên bản kiểm tra");
        b.nav("Kiểm tra kế hoạch");
        b.waitForText("Ghi biên bản kiểm tra");
        b.selectContaining(labelled("Kế hoạch"), "Năm học 2026-2027");
        b.fill(labelled("Ngày"), LocalDate.now().format(DAY));
        b.fill(labelled("Giờ"), "08:30");
        b.fill(formCell("Tổ kiểm tra", 1, 1), "Lê Thị Hạnh");
        b.fill(formCell("Tổ kiểm tra", 1, 2), "Chuyên viên");
        b.fill(formCell("Tổ kiểm tra", 1, 3), "UBND phường Kinh Bắc");
        b.fill(formCell("Phía nhà trường", 1, 1), "Nguyễn Văn An");
        b.fill(formCell("Phía nhà trường", 1, 2), "Hiệu trưởng");
        b.fill(labelled("Căn cứ"), "Kế hoạch kiểm tra của UBND phường Kinh Bắc");
        b.fill(formCell("Nội dung kiểm tra theo công việc, tiêu chí", 1, 2), "4.1");
        b.fill(formCell("Nội dung kiểm tra theo công việc, tiêu chí", 1, 3),
                "Tủ sách lớp học chưa có sổ theo dõi mượn, trả sách");
        b.check(formCell("Nội dung kiểm tra theo công việc, tiêu chí", 1, 4));
        b.fill(formCell("Nội dung kiểm tra theo công việc, tiêu chí", 1, 5), followUp);
        b.fill(formCell("Nội dung kiểm tra theo công việc, tiêu chí", 1, 6), "Đỗ Minh Tuấn");
        b.fill(labelled("Nhận xét của đoàn kiểm tra"), "Kế hoạch được triển khai đúng tiến độ; tủ sách lớp học đã có "
                + "nhưng chưa được quản lý.");
        b.fill(labelled("Kết luận"), "Nhà trường thực hiện kế hoạch đúng tiến độ; cần khắc phục nội dung đã nêu.");
        b.fill(labelled("Người ký"), "Lê Thị Hạnh\nNguyễn Văn An");
        b.submit(button("Lưu biên bản kiểm tra"));
        b.waitForText("Đã lưu biên bản kiểm tra.");
        assertThat(b.content()).contains("Cần hành động khắc phục – đã bổ sung công việc khắc phục vào kế hoạch");

        b.logout();
        b.login("hieutruong");
        b.step("hiệu trưởng xem công việc khắc phục trong kế hoạch");
        b.nav("Kế hoạch cải tiến chất lượng");
        WebElement current = b.waitFor(By.xpath("//main//tr[td[normalize-space(.)='Năm học 2026-2027']]"));
        b.click(current.findElement(Browser.linkWithin("Bảng kế hoạch")));
        b.waitForText("Soạn kế hoạch cải tiến chất lượng");
        assertThat(b.all(By.xpath("//main//table[contains(@class,'plan-table')]//tr[.//td[contains(.,"
                + xpathLiteral(followUp) + ")]]"))).as("the follow-up action in the plan table").hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ journey 4

    /**
     * The administrator switches the monitoring module off for TH Kinh Bắc: its principal no longer sees the module
     * in the navigation (and its page says it is off) while THCS Kinh Bắc's principal still does; switched on again,
     * it is back.
     */
    @Test
    @Order(4)
    void adminSwitchesAModuleOffForOneSchool() {
        Browser b = browser;
        b.login("hieutruong.th");
        assertThat(b.navTitles()).as("before the switch").containsAll(MONITORING_ENTRIES.subList(1, 3));

        toggleMonitoring(TH_KINH_BAC, "Tắt", "Đã tắt phân hệ cho trường. Dữ liệu vẫn được giữ nguyên.");

        b.login("hieutruong.th");
        b.step("hiệu trưởng trường tiểu học không còn thấy phân hệ");
        assertThat(b.navTitles()).contains("Kế hoạch cải tiến chất lượng").doesNotContainAnyElementsOf(
                MONITORING_ENTRIES);
        b.open("/m/monitoring/progress");
        b.waitForText("Phân hệ này đang tắt cho trường của bạn.");

        b.login("hieutruong");
        b.step("hiệu trưởng trường THCS vẫn thấy phân hệ");
        assertThat(b.navTitles()).containsAll(MONITORING_ENTRIES);

        toggleMonitoring(TH_KINH_BAC, "Bật", "Đã bật phân hệ cho trường.");
        b.login("hieutruong.th");
        b.step("phân hệ trở lại với trường tiểu học");
        assertThat(b.navTitles()).containsAll(MONITORING_ENTRIES.subList(1, 3));
        b.nav("Tiến độ kế hoạch");
    }

    private void toggleMonitoring(String school, String expected, String message) {
        Browser b = browser;
        b.login("admin");
        b.step("quản trị: chuyển phân hệ theo dõi cho " + school + " sang " + expected);
        b.nav("Phân hệ và trường học");
        List<String> heads = b.all(By.cssSelector("main table.ct-table thead th")).stream()
                .map(e -> e.getText().strip()).toList();
        int column = heads.indexOf(school) + 1;
        assertThat(column).as("the column of " + school + " in " + heads).isPositive();
        By cell = By.xpath("//main//table[contains(@class,'ct-table')]/tbody/tr[.//code[normalize-space(.)='monitoring']]"
                + "/td[" + column + "]/a");
        b.click(cell);
        b.waitForText(message);
        assertThat(b.waitFor(cell).getText().strip()).isEqualTo(expected);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static By baselineCell(String code, String field) {
        return By.xpath("//main//fieldset[legend[normalize-space(.)='Kết quả tự đánh giá']]//tr[td[1][normalize-space(.)="
                + xpathLiteral(code) + "]]//" + field);
    }

    private By planRow(String code) {
        return By.xpath("//main//table[contains(@class,'plan-table')]//tr[td[1][normalize-space(.)!='']]"
                + "[.//strong[normalize-space(.)=" + xpathLiteral(code) + "]]");
    }

    private WebElement planRowElement(String code) {
        return browser.waitFor(planRow(code));
    }

    private WebElement myAction(String description) {
        return browser.waitFor(By.xpath("//main//tr[td[normalize-space(.)=" + xpathLiteral(description) + "]]"));
    }

    /** @return the field in a row and column (from 1) of the table that follows a heading of the inspection form */
    private static By formCell(String heading, int row, int column) {
        return By.xpath("(//main//form//h4[normalize-space(.)=" + xpathLiteral(heading) + "]/following-sibling::table)[1]"
                + "/tbody/tr[" + row + "]/td[" + column + "]/*[self::input or self::textarea or self::select]");
    }

    /** @return a small real PNG photo (what a phone sends is larger, but read the same way) */
    private static Path photo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF5, 0xE6, 0xC8));
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(0x8B, 0x5A, 0x2B));
        for (int shelf = 0; shelf < 4; shelf++) {
            g.fillRect(20, 20 + shelf * 25, 120, 6);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** @return the text of a DOCX's main document, tags removed */
    private static String wordText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }
}

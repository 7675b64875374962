package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.edu.caitien.monitoring.ui.SvgChart.Bar;
import vn.edu.caitien.monitoring.ui.SvgChart.Group;
import vn.edu.caitien.monitoring.ui.SvgChart.Series;
import vn.edu.caitien.monitoring.ui.SvgChart.Span;
import vn.edu.caitien.monitoring.ui.SvgChart.Stack;
import vn.edu.caitien.monitoring.ui.SvgChart.Tone;

/** The SVG builder: well-formed XML, one shape per value, escaped labels, geometry within the drawing. */
class SvgChartTest {

    /** Parses the SVG (fails on malformed XML) and returns its root. */
    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return root;
    }

    static int count(Element root, String element, String cls) {
        NodeList nodes = root.getElementsByTagNameNS("*", element);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cls.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    static double widthOf(Element root, int index) {
        NodeList nodes = root.getElementsByTagNameNS("*", "rect");
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ("bar".equals(e.getAttribute("class")) && n++ == index) {
                return Double.parseDouble(e.getAttribute("width"));
            }
        }
        throw new AssertionError("no bar " + index);
    }

    @Test
    void horizontalBarsOnePerStandardScaledToTheMaximumWithEscapedVietnameseLabels() throws Exception {
        String svg = SvgChart.horizontalBars("Tiến độ theo tiêu chuẩn", 100, List.of(
                new Bar("Tiêu chuẩn 1: Tổ chức & quản lý <nhà trường>", 100, "100 %", Tone.DONE),
                new Bar("Tiêu chuẩn 2", 50, "50 %", Tone.PROGRESS),
                new Bar("Tiêu chuẩn 3", 0, "0 %", Tone.NOT_STARTED),
                new Bar("Tiêu chuẩn 4", 140, "140 %", Tone.LATE)));
        Element root = parse(svg);
        assertThat(count(root, "rect", "bar")).isEqualTo(4);
        assertThat(widthOf(root, 1)).isCloseTo(widthOf(root, 0) / 2, org.assertj.core.data.Offset.offset(0.2));
        assertThat(widthOf(root, 2)).isZero();
        // Clamped: never wider than the plot.
        assertThat(widthOf(root, 3)).isEqualTo(widthOf(root, 0));
        assertThat(svg).contains("Tổ chức &amp; quản lý &lt;nhà").doesNotContain("<nhà").doesNotContain("<script");
        assertThat(root.getTextContent()).contains("Tiến độ theo tiêu chuẩn", "50 %");
    }

    @Test
    void longLabelsAreShortenedButKeptWholeInATooltip() throws Exception {
        String label = "Tiêu chí 2.3: Đội ngũ nhân viên, giáo viên và cán bộ quản lý nhà trường";
        Element root = parse(SvgChart.horizontalBars("t", 100, List.of(new Bar(label, 10, "10 %", null))));
        assertThat(root.getTextContent()).contains(label).contains("…");
    }

    @Test
    void groupedBarsOnePerSeriesAndGroupWithALegend() throws Exception {
        String svg = SvgChart.groupedBars("Kinh phí", List.of(new Series("Dự kiến", Tone.PLANNED),
                new Series("Đã chi", Tone.SPENT)), List.of(
                new Group("Ngân sách", List.of(1_500_000d, 750_000d), List.of("1.500.000 đ", "750.000 đ")),
                new Group("Xã hội hóa", List.of(0d, 300_000d), List.of("0 đ", "300.000 đ"))));
        Element root = parse(svg);
        assertThat(count(root, "rect", "bar")).isEqualTo(4);
        assertThat(count(root, "rect", "legend")).isEqualTo(2);
        assertThat(widthOf(root, 1)).isCloseTo(widthOf(root, 0) / 2, org.assertj.core.data.Offset.offset(0.2));
        assertThat(root.getTextContent()).contains("1.500.000 đ", "Đã chi", "Xã hội hóa");
    }

    @Test
    void stackedBarsShareTheRowAndSkipZeroCounts() throws Exception {
        String svg = SvgChart.stackedBars("Trạng thái", List.of(new Series("Hoàn thành", Tone.DONE),
                new Series("Đang thực hiện", Tone.PROGRESS), new Series("Chậm", Tone.LATE)), List.of(
                new Stack("Trường THCS An Bình", List.of(2, 1, 1), "4"),
                new Stack("Trường Tiểu học Hoa Sen", List.of(0, 0, 0), "0")));
        Element root = parse(svg);
        assertThat(count(root, "g", "stack")).isEqualTo(2);
        assertThat(count(root, "rect", "bar")).isEqualTo(3);
        assertThat(count(root, "rect", "empty")).isEqualTo(1);
        double total = widthOf(root, 0) + widthOf(root, 1) + widthOf(root, 2);
        assertThat(widthOf(root, 0)).isCloseTo(total / 2, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void timelineFromSeptemberToAugustClipsSpansToTheYearAndMarksToday() throws Exception {
        LocalDate start = LocalDate.of(2025, 9, 1);
        List<String> months = List.of("T9", "T10", "T11", "T12", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
        String svg = SvgChart.timeline("Tiến trình năm học 2025-2026", start, months, List.of(
                new Span("Sửa mái phòng học", LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 31), Tone.PROGRESS, ""),
                new Span("Trồng cây", LocalDate.of(2024, 9, 5), null, Tone.LATE, "quá hạn"),
                new Span("Việc năm sau", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), Tone.PLANNED, "")),
                LocalDate.of(2026, 1, 15));
        Element root = parse(svg);
        assertThat(count(root, "rect", "span")).isEqualTo(2);
        assertThat(count(root, "line", "today")).isEqualTo(1);
        assertThat(root.getTextContent()).contains("T9", "T8", "Sửa mái phòng học", "quá hạn");
        NodeList rects = root.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            double right = Double.parseDouble(r.getAttribute("x")) + Double.parseDouble(r.getAttribute("width"));
            assertThat(right).isLessThanOrEqualTo(SvgChart.WIDTH);
        }
        // Outside the year: no today line.
        assertThat(count(parse(SvgChart.timeline("t", start, months, List.of(), LocalDate.of(2027, 1, 1))), "line", "today"))
                .isZero();
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() throws Exception {
        parse(SvgChart.horizontalBars("a\u0001b", 1, List.of(new Bar("x\u0007y", 1, "1", null))));
    }
}

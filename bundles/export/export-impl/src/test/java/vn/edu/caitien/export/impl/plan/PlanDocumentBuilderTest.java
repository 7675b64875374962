package vn.edu.caitien.export.impl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.Recipient;

/** The model built from plan beans directly: Biểu 2, empty rows, Nghị định 30 texts. */
class PlanDocumentBuilderTest {

    private static PlanDocument bieu2() {
        PlanDocument p = new PlanDocument();
        p.setId(12);
        p.setPlanForm(PlanForm.BIEU_2);
        p.getHeader().setIssuingBody("Trường THCS Kinh Bắc");
        p.getHeader().setSymbol("KH-THCSKB");
        p.getHeader().setTitle("Cải tiến chất lượng giáo dục năm học 2026-2027");
        p.getHeader().setPeriod(PlanPeriod.schoolYear(2026));
        p.getHeader().setPlace("Kinh Bắc");
        p.getHeader().setDate(LocalDate.of(2026, 2, 1));
        PlanRow row = new PlanRow();
        row.setCriterionCode("4.1");
        row.setStandardNo(4);
        row.setCurrentState("Thiếu phòng học bộ môn");
        row.setObjective("Có 2 phòng học bộ môn đạt chuẩn");
        PlanAction a = new PlanAction();
        a.setDescription("Xây thêm phòng học bộ môn");
        a.setLeadText("Hiệu trưởng");
        a.setBudgetText("500 triệu đồng");
        a.setAmount(500_000_000L);
        a.setSupport("Xã hội hóa");
        a.setDegreeOfImplementation("Đạt 80%");
        row.getActions().add(a);
        p.getRows().add(row);
        PlanRow empty = new PlanRow();
        empty.setCriterionCode("4.2");
        empty.setStandardNo(4);
        p.getRows().add(empty);
        return p;
    }

    @Test
    void aBieu2PlanIsLandscapeThroughoutWithTenNumberedColumns() {
        Document d = PlanDocumentBuilder.build(bieu2(), CatalogueFacts.NONE);
        assertThat(d.sections()).extracting(Section::orientation).containsExactly(Orientation.LANDSCAPE);
        assertThat(d.sections().get(0).blocks().stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()))
                .containsExactly("I. THÔNG TIN CHUNG", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. MỤC ĐÍCH, YÊU CẦU",
                        "IV. CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
                        "VI. THEO DÕI, ĐÁNH GIÁ", "VII. TỔ CHỨC THỰC HIỆN", "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ");
        Table t = d.tables().stream().filter(x -> x.name().equals("Kế hoạch")).findFirst().orElseThrow();
        assertThat(t.columns()).extracting(Table.Column::title).containsExactlyElementsOf(PlanDocumentBuilder.COLUMNS_BIEU2);
        assertThat(t.rows().get(1).kind()).isEqualTo(RowKind.COLUMN_NUMBERS);
        assertThat(t.rows().get(1).cells().get(9).plainText()).isEqualTo("(10)");
        // No level groups in Biểu 2; one standard group; the objective and the current state as written.
        assertThat(t.rows().get(2).cells().get(0).plainText()).isEqualTo("Tiêu chuẩn 4");
        List<String> first = t.rows().get(3).cells().stream().map(Table.Cell::plainText).toList();
        assertThat(first).containsExactly("1", "Tiêu chí 4.1\nThiếu phòng học bộ môn", "Có 2 phòng học bộ môn đạt chuẩn",
                "Xây thêm phòng học bộ môn", "", "", "Hiệu trưởng", "500 triệu đồng; Xã hội hóa", "", "Đạt 80%");
        // A criterion without actions still has its line, so nothing disappears from the table.
        assertThat(t.rows().get(4).cells().get(1).plainText()).isEqualTo("Tiêu chí 4.2");
        assertThat(t.rows().get(5).kind()).isEqualTo(RowKind.TOTAL);
        assertThat(t.rows().get(5).cells().get(1).amount()).isEqualTo(500_000_000L);
        assertThat(d.fileBase()).isEqualTo("ke-hoach-plan-12");
    }

    @Test
    void decree30DatesNumbersAndRecipients() {
        assertThat(Texts.placeDate("Kinh Bắc", LocalDate.of(2026, 2, 1))).isEqualTo("Kinh Bắc, ngày 01 tháng 02 năm 2026");
        assertThat(Texts.placeDate("Kinh Bắc", LocalDate.of(2025, 9, 9))).isEqualTo("Kinh Bắc, ngày 09 tháng 9 năm 2025");
        assertThat(Texts.placeDate("", null)).isEqualTo("……, ngày … tháng … năm …");
        assertThat(Texts.money(1_234_567L)).isEqualTo("1.234.567 đ");
        assertThat(Texts.slug("07/KH-THCSĐA")).isEqualTo("07-KH-THCSDA");
        Recipient r = new Recipient();
        r.setName("Sở GD&ĐT");
        r.setPurpose("(để b/c)");
        assertThat(PlanDocumentBuilder.recipient(r)).isEqualTo("- Sở GD&ĐT (để b/c);");
        PlanDocument p = bieu2();
        p.getHeader().setNumber(5);
        Document d = PlanDocumentBuilder.build(p, CatalogueFacts.NONE);
        vn.edu.caitien.export.api.HeaderBlock h = (vn.edu.caitien.export.api.HeaderBlock) d.sections().get(0).blocks().get(0);
        assertThat(h.issuingBody()).isEqualTo("TRƯỜNG THCS KINH BẮC");
        assertThat(h.number()).isEqualTo("Số: 05/KH-THCSKB");
        assertThat(h.placeDate()).isEqualTo("Kinh Bắc, ngày 01 tháng 02 năm 2026");
        vn.edu.caitien.export.api.ClosingBlock c = (vn.edu.caitien.export.api.ClosingBlock) d.sections().get(0).blocks()
                .get(d.sections().get(0).blocks().size() - 1);
        assertThat(c.recipients()).containsExactly("- Lưu: VT.");
    }

    @Test
    void textTypedInNfdIsPrintedInNfc() {
        PlanDocument p = bieu2();
        String nfd = java.text.Normalizer.normalize("Xây thêm phòng học bộ môn", java.text.Normalizer.Form.NFD);
        p.getRows().get(0).getActions().get(0).setDescription(nfd);
        Table t = PlanDocumentBuilder.build(p, CatalogueFacts.NONE).tables().stream()
                .filter(x -> x.name().equals("Kế hoạch")).findFirst().orElseThrow();
        assertThat(t.rows().get(3).cells().get(3).plainText()).isEqualTo("Xây thêm phòng học bộ môn").isNotEqualTo(nfd);
    }
}

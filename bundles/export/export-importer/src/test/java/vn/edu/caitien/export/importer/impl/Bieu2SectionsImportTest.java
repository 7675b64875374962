package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.impl.plan.CatalogueFacts;
import vn.edu.caitien.export.impl.plan.PlanDocumentBuilder;
import vn.edu.caitien.export.impl.render.DocxRenderer;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * TT 57 Biểu 2 sections I "Thông tin chung", VI "Theo dõi, đánh giá" and VIII "Cơ chế theo dõi, đánh giá" are read
 * into the plan (general information, the review schedule, the monitoring mechanism) instead of being left
 * unrecognised: from the text Word saves, and from a Biểu 2 plan exported to DOCX and imported back.
 */
class Bieu2SectionsImportTest {

    private static ImportResult importText(String text) {
        return ImporterFixtures.importer().importText(ImporterFixtures.USER, text.getBytes(StandardCharsets.UTF_8),
                ImportOptions.guess());
    }

    private static List<String> unrecognised(ImportResult r) {
        return r.unrecognised().stream().map(ImportPiece::text).toList();
    }

    @Test
    void sectionsOneSixAndEightOfWordsTextGoToTheirFields() {
        String text = String.join("\n",
                "TRƯỜNG THCS AN BÌNH",
                "Số: 3/KH-THCSAB",
                "KẾ HOẠCH",
                "Cải tiến chất lượng giáo dục năm học 2026-2027",
                "I. THÔNG TIN CHUNG",
                "Tên trường: Trường THCS An Bình; Năm học 2026-2027",
                "Trường có 24 lớp với 1.020 học sinh.",
                "Đội ngũ: 52 cán bộ, giáo viên, nhân viên; 100% đạt chuẩn trình độ đào tạo.",
                "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ Giáo dục và Đào tạo.",
                "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
                "TT\tNội dung cải tiến\tMục tiêu\tHoạt động, giải pháp\tChỉ số đánh giá kết quả\tThời gian\tPhụ trách\t"
                        + "Nguồn lực\tMinh chứng dự kiến\tMức độ thực hiện",
                "1\tTiêu chí 1.3\tDữ liệu đầy đủ\tSố hóa hồ sơ quản lý\t100% hồ sơ được số hóa\tHọc kỳ I năm học 2026-2027\t"
                        + "Phó hiệu trưởng\t10 triệu đồng\tPhần mềm quản lý\tĐang thực hiện",
                "VI. THEO DÕI, ĐÁNH GIÁ",
                "TT\tThời điểm\tNội dung\tKết quả\tĐiều chỉnh\tNgười đánh giá",
                "1\tCuối học kỳ I\tTiến độ các hoạt động cải tiến\t8/10 hoạt động đúng tiến độ\tLùi thời hạn số hóa hồ sơ\tTổ giám sát",
                "\t\tvà việc sử dụng kinh phí\t\t\t",
                "2\tCuối năm học\tKết quả thực hiện kế hoạch\t\t\tHội đồng tự đánh giá",
                "Kết quả theo dõi là căn cứ điều chỉnh kế hoạch.",
                "VII. TỔ CHỨC THỰC HIỆN",
                "1. Hiệu trưởng",
                "Chỉ đạo chung, kiểm tra định kỳ.",
                "VIII. CƠ CHẾ THEO DÕI, ĐÁNH GIÁ",
                "Tổ giám sát theo dõi ít nhất hai lần mỗi năm học và báo cáo Hiệu trưởng.",
                "Kết quả được đưa vào báo cáo tự đánh giá năm sau.");
        ImportResult r = importText(text);
        PlanDocument p = r.plan();
        assertThat(p.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        assertThat(unrecognised(r)).isEmpty();
        assertThat(r.sourceUnits()).isEqualTo(r.pieces().size() + r.unrecognised().size());
        assertThat(p.getGeneralInformation()).isEqualTo("Trường có 24 lớp với 1.020 học sinh.\n"
                + "Đội ngũ: 52 cán bộ, giáo viên, nhân viên; 100% đạt chuẩn trình độ đào tạo.");
        assertThat(p.getHeader().getIssuingBody()).isEqualTo("TRƯỜNG THCS AN BÌNH");
        assertThat(p.getPlannedReviews()).extracting(PlannedReview::getTime, PlannedReview::getContent,
                PlannedReview::getResult, PlannedReview::getAdjustment, PlannedReview::getReviewer).containsExactly(
                        tuple("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến và việc sử dụng kinh phí",
                                "8/10 hoạt động đúng tiến độ", "Lùi thời hạn số hóa hồ sơ", "Tổ giám sát"),
                        tuple("Cuối năm học", "Kết quả thực hiện kế hoạch", "", "", "Hội đồng tự đánh giá"));
        assertThat(p.getSolutionSupervision()).isEqualTo("Kết quả theo dõi là căn cứ điều chỉnh kế hoạch.\n"
                + "Tổ giám sát theo dõi ít nhất hai lần mỗi năm học và báo cáo Hiệu trưởng.\n"
                + "Kết quả được đưa vào báo cáo tự đánh giá năm sau.");
        assertThat(p.getDuties()).extracting(Duty::getRole).containsExactly("Hiệu trưởng");
        assertThat(p.getRows()).singleElement().satisfies(row -> assertThat(row.getCriterionCode()).isEqualTo("1.3"));
        assertThat(r.pieces()).filteredOn(x -> x.field().equals("plannedReviews[0].content")).hasSize(2);
        assertThat(r.pieces()).filteredOn(x -> x.text().startsWith("Tên trường"))
                .singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("structure"));
    }

    private static PlanDocument bieu2Plan() {
        PlanDocument p = new PlanDocument();
        p.setPlanForm(PlanForm.BIEU_2);
        p.setRegimeId("tt57-2026");
        p.getHeader().setParentBody("UBND phường An Bình");
        p.getHeader().setIssuingBody("Trường THCS An Bình");
        p.getHeader().setNumber(4);
        p.getHeader().setSymbol("KH-THCSAB");
        p.getHeader().setPlace("An Bình");
        p.getHeader().setDate(LocalDate.of(2026, 9, 15));
        p.getHeader().setTitle("Cải tiến chất lượng giáo dục năm học 2026-2027");
        p.getHeader().setPeriod(PlanPeriod.schoolYear(2026));
        p.getHeader().setSignerTitle("HIỆU TRƯỞNG");
        p.getHeader().setSignerName("Lê Văn Hòa");
        p.setGeneralInformation("Trường có 24 lớp với 1.020 học sinh.\nĐội ngũ: 52 cán bộ, giáo viên, nhân viên.");
        p.setStrengths("Đội ngũ giáo viên nhiệt tình.");
        p.setWeaknesses("Thiết bị dạy học số còn thiếu.");
        p.setOverallGoal("Đạt Mức 1 theo Thông tư 57 vào cuối năm học.");
        p.getPurposes().add("Khắc phục các điểm hạn chế đã nêu trong báo cáo tự đánh giá.");
        PlanRow row = new PlanRow();
        row.setCriterionCode("1.3");
        row.setStandardNo(1);
        row.setObjective("Dữ liệu quản lý đầy đủ, cập nhật");
        PlanAction a = new PlanAction();
        a.setDescription("Số hóa hồ sơ quản lý");
        a.setLeadText("Phó hiệu trưởng");
        a.setTimeText("Học kỳ I năm học 2026-2027");
        a.setBudgetText("10 triệu đồng");
        a.setAmount(10_000_000L);
        row.getActions().add(a);
        p.getRows().add(row);
        p.setSolutionDirection("Quán triệt kế hoạch đến toàn thể cán bộ, giáo viên.");
        p.setSolutionFunding("Ngân sách cấp và xã hội hóa.");
        Duty d = new Duty();
        d.setRole("Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá");
        d.setText("Chỉ đạo chung, kiểm tra định kỳ.");
        p.getDuties().add(d);
        p.setSolutionSupervision("Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        return p;
    }

    private static ImportResult exportAndImport(PlanDocument plan) throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxRenderer().render(PlanDocumentBuilder.build(plan, CatalogueFacts.NONE), docx);
        return ImporterFixtures.importer().importDocx(ImporterFixtures.USER, docx.toByteArray(),
                ImportOptions.forLevel(SchoolLevel.THCS));
    }

    @Test
    void aBieu2PlanExportedToDocxImportsBackWithItsGeneralInformationScheduleAndMechanism() throws IOException {
        PlanDocument plan = bieu2Plan();
        PlannedReview first = new PlannedReview();
        first.setTime("Cuối học kỳ I");
        first.setContent("Tiến độ các hoạt động cải tiến");
        first.setResult("8/10 hoạt động đúng tiến độ");
        first.setAdjustment("Lùi thời hạn số hóa hồ sơ");
        first.setReviewer("Tổ giám sát");
        PlannedReview second = new PlannedReview();
        second.setTime("Cuối năm học");
        second.setContent("Kết quả thực hiện kế hoạch");
        second.setReviewer("Hội đồng tự đánh giá");
        plan.setPlannedReviews(List.of(first, second));

        ImportResult r = exportAndImport(plan);
        PlanDocument back = r.plan();
        assertThat(unrecognised(r)).isEmpty();
        assertThat(back.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        assertThat(back.getGeneralInformation()).isEqualTo(plan.getGeneralInformation());
        assertThat(back.getStrengths()).isEqualTo(plan.getStrengths());
        assertThat(back.getWeaknesses()).isEqualTo(plan.getWeaknesses());
        assertThat(back.getOverallGoal()).isEqualTo(plan.getOverallGoal());
        assertThat(back.getPlannedReviews()).extracting(PlannedReview::getTime, PlannedReview::getContent,
                PlannedReview::getResult, PlannedReview::getAdjustment, PlannedReview::getReviewer).containsExactly(
                        tuple("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "8/10 hoạt động đúng tiến độ",
                                "Lùi thời hạn số hóa hồ sơ", "Tổ giám sát"),
                        tuple("Cuối năm học", "Kết quả thực hiện kế hoạch", "", "", "Hội đồng tự đánh giá"));
        assertThat(back.getSolutionSupervision()).isEqualTo(plan.getSolutionSupervision());
        assertThat(back.getSolutionDirection()).isEqualTo(plan.getSolutionDirection());
        assertThat(back.getSolutionFunding()).isEqualTo(plan.getSolutionFunding());
        assertThat(back.getDuties()).extracting(Duty::getRole, Duty::getText)
                .containsExactly(tuple("Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", "Chỉ đạo chung, kiểm tra định kỳ."));
        assertThat(back.getPurposes()).containsExactlyElementsOf(plan.getPurposes());
        assertThat(back.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getCriterionCode()).isEqualTo("1.3");
            assertThat(row.getActions()).extracting(PlanAction::getDescription).containsExactly("Số hóa hồ sơ quản lý");
        });
    }

    @Test
    void theTwoEmptyReviewsPrintedForAPlanWithoutAScheduleImportAsTheScheduleToFillIn() throws IOException {
        ImportResult r = exportAndImport(bieu2Plan());
        assertThat(unrecognised(r)).isEmpty();
        assertThat(r.plan().getPlannedReviews()).extracting(PlannedReview::getTime, PlannedReview::getContent)
                .containsExactly(tuple("Cuối học kỳ I", ""), tuple("Cuối năm học", ""));
    }
}

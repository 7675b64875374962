package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import java.time.LocalDate;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;

/** The sections editor: lists added and saved, levels stated and computed, stale saves, read-only, TT 57 only parts. */
class PlanSectionsPanelTest extends PanelTestSupport {

    private static final String FORM = "panel:" + PlanSectionsPanel.FORM;

    private PlanDocument planWithARow(PlanPeriod period) {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), period, "");
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(2);
        PlanAction a = new PlanAction();
        a.setDescription("Sửa mái phòng học");
        a.setLeadText("Hiệu trưởng");
        a.setTimeText("Năm 2026");
        row.getActions().add(a);
        plan.getRows().add(row);
        return service.save(PRINCIPAL, plan);
    }

    @Test
    void editTwoSectionsSaveAndReopenInVietnamese() {
        PlanDocument plan = planWithARow(PlanPeriod.schoolYear(2025));
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertContains("Mục đích, yêu cầu");
        tester.assertInvisible(FORM + ":" + PlanSectionsPanel.PROBLEMS_SECTION);
        FormTester form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.ADD_PURPOSE);
        form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.ADD_BASIS);
        form = tester.newFormTester(FORM);
        form.setValue("purposes:0:text", "Khắc phục những hạn chế đã nêu trong báo cáo tự đánh giá <b>đậm</b>");
        form.select("bases:0:kind", 0);
        form.setValue("bases:0:text", "Báo cáo tự đánh giá giai đoạn 2020-2024 của nhà trường");
        form.setValue("bases:0:periodFrom", "2020");
        form.setValue("bases:0:periodTo", "2024");
        form.setValue("bases:0:date", "05/6/2024");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu các mục");
        tester.assertContains("&lt;b&gt;đậm&lt;/b&gt;");
        assertSerializable();

        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getPurposes()).containsExactly("Khắc phục những hạn chế đã nêu trong báo cáo tự đánh giá <b>đậm</b>");
        assertThat(stored.getLegalBases()).singleElement().satisfies(b -> {
            assertThat(b.getKind()).isEqualTo(LegalBasisKind.SELF_ASSESSMENT_REPORT);
            assertThat(b.getPeriodFrom()).isEqualTo(2020);
            assertThat(b.getDate()).isEqualTo(LocalDate.of(2024, 6, 5));
        });
        // The table edited elsewhere is untouched.
        assertThat(stored.getRows()).singleElement().satisfies(r ->
                assertThat(r.getActions()).extracting(PlanAction::getDescription).containsExactly("Sửa mái phòng học"));

        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertModelValue(FORM + ":purposes:0:text",
                "Khắc phục những hạn chế đã nêu trong báo cáo tự đánh giá <b>đậm</b>");
        tester.assertModelValue(FORM + ":bases:0:date", "05/06/2024");
    }

    @Test
    void aWrongDateIsShownBesideTheFieldAndNothingIsSaved() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        FormTester form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.ADD_BASIS);
        form = tester.newFormTester(FORM);
        form.setValue("bases:0:date", "31/02/2024");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertContains("ghi ngày theo dạng dd/MM/yyyy");
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getLegalBases()).isEmpty();
    }

    @Test
    void theStatedLevelsStandBesideTheComputedOnesWithWhatHoldsTheSchoolBack() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        for (Criterion c : catalogue.criteria(PRINCIPAL, plan.getRegimeId(), plan.getCatalogueVersion(), plan.getAppendix())) {
            BaselineEntry e = new BaselineEntry();
            e.setCriterionCode(c.code());
            e.setLevel(c.code().equals("3.3") ? 1 : 2);
            plan.getBaseline().add(e);
        }
        plan.setRecognitionConditionsMet(true);
        plan.setStatedSchoolLevel("Mức 2");
        plan = service.save(PRINCIPAL, plan);
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":statedSchoolLevelShown", "Mức 2");
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":computedSchoolLevel", "Mức 1");
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":computedAccreditation", "Cấp độ 1");
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":computedNationalStandard", "Chưa đạt");
        tester.assertContains("Để đạt Mức 2:");
        tester.assertContains("tiêu chí 3\\.3 .*: đạt Mức 1, cần Mức 2");
        // Raise 3.3 in the form: the computed level follows before saving.
        FormTester form = tester.newFormTester(FORM);
        int row = catalogue.criteria(PRINCIPAL, plan.getRegimeId(), plan.getCatalogueVersion(), plan.getAppendix())
                .stream().map(Criterion::code).toList().indexOf("3.3");
        form.select(PlanSectionsPanel.BASELINE + ":" + row + ":level", 2);
        form.submit("recompute");
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":computedSchoolLevel", "Mức 2");
        tester.assertLabel(FORM + ":" + PlanSectionsPanel.OUTCOME + ":computedNationalStandard", "Mức độ 1");
    }

    @Test
    void aStaleSaveIsRefusedWithTheOtherChangesShownInEnglish() {
        PlanDocument plan = planWithARow(PlanPeriod.schoolYear(2025));
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        PlanDocument theirs = service.plan(VICE, plan.getId()).orElseThrow();
        theirs.getHeader().setPlace("An Bình");
        theirs.getRows().get(0).getActions().get(0).setBudgetText("50 triệu đồng");
        service.save(VICE, theirs);

        FormTester form = tester.newFormTester(FORM);
        form.setValue("strengths", "Đội ngũ giáo viên đủ về số lượng");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertErrorMessages("The sections were not saved: someone else changed the plan meanwhile.");
        tester.assertVisible("panel:" + PlanSectionsPanel.CONFLICT);
        tester.assertContains("Trần Thị Mai");
        tester.assertContains("Document – place");
        tester.assertContains("Plan table, criterion 3\\.1 – action – estimated budget");
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getStrengths()).isEmpty();

        tester.clickLink("panel:" + PlanSectionsPanel.CONFLICT + ":" + PlanSectionsPanel.RELOAD);
        form = tester.newFormTester(FORM);
        form.setValue("strengths", "Đội ngũ giáo viên đủ về số lượng");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("The sections were saved\\.");
        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getStrengths()).isEqualTo("Đội ngũ giáo viên đủ về số lượng");
        assertThat(stored.getHeader().getPlace()).isEqualTo("An Bình");
        assertThat(stored.getRows().get(0).getActions().get(0).getBudgetText()).isEqualTo("50 triệu đồng");
    }

    @Test
    void priorityProblemsOnlyForTt57PlansAndSavedWithTheRecipients() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        tester.assertVisible(FORM + ":" + PlanSectionsPanel.PROBLEMS_SECTION);
        tester.assertInvisible(FORM + ":level4Section");
        FormTester form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.PROBLEMS_SECTION + ":" + PlanSectionsPanel.ADD_PROBLEM);
        form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.ADD_RECIPIENT);
        form = tester.newFormTester(FORM);
        String p = PlanSectionsPanel.PROBLEMS_SECTION + ":" + PlanSectionsPanel.PROBLEMS + ":0:";
        form.setValue(p + "standardNo", "4");
        form.setValue(p + "weakness", "Phòng học bộ môn thiếu thiết bị");
        form.setValue(p + "cause", "Kinh phí hạn hẹp");
        form.setValue(PlanSectionsPanel.RECIPIENTS + ":0:name", "UBND phường An Bình");
        form.setValue(PlanSectionsPanel.RECIPIENTS + ":0:purpose", "để b/c");
        form.select("signerAuthority", 1);
        form.setValue("signerAuthorityTitle", "HIỆU TRƯỞNG");
        form.setValue("signerTitle", "PHÓ HIỆU TRƯỞNG");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getPriorityProblems()).singleElement().satisfies(pp -> {
            assertThat(pp.getStandardNo()).isEqualTo(4);
            assertThat(pp.getCause()).isEqualTo("Kinh phí hạn hẹp");
        });
        assertThat(stored.getHeader().getRecipients()).singleElement()
                .satisfies(r -> assertThat(r.getPurpose()).isEqualTo("để b/c"));
        assertThat(stored.getHeader().getSignerAuthority()).isEqualTo("KT.");
    }

    @Test
    void aTt57PlanGetsItsGeneralInformationReviewScheduleAndMechanismInVietnamese() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertVisible(FORM + ":" + PlanSectionsPanel.GENERAL_SECTION);
        tester.assertVisible(FORM + ":" + PlanSectionsPanel.REVIEWS_SECTION);
        tester.assertContains("Thông tin chung \\(Thông tư 57, mục I\\)");
        tester.assertContains("Theo dõi, đánh giá \\(Thông tư 57, mục VI\\)");
        tester.assertLabel(FORM + ":supervisionLabel", "Cơ chế theo dõi, đánh giá (Thông tư 57, mục VIII)");
        tester.assertContains("Người đánh giá");

        String reviews = PlanSectionsPanel.REVIEWS_SECTION + ":" + PlanSectionsPanel.REVIEWS + ":";
        FormTester form = tester.newFormTester(FORM);
        form.setValue(PlanSectionsPanel.GENERAL_SECTION + ":generalInformation",
                "Trường có 24 lớp với 1.020 học sinh; 52 cán bộ, giáo viên, nhân viên.");
        form.submit(PlanSectionsPanel.REVIEWS_SECTION + ":" + PlanSectionsPanel.ADD_REQUIRED_REVIEWS);
        // What was typed before the list changed is kept.
        tester.assertModelValue(FORM + ":" + PlanSectionsPanel.GENERAL_SECTION + ":generalInformation",
                "Trường có 24 lớp với 1.020 học sinh; 52 cán bộ, giáo viên, nhân viên.");
        tester.assertModelValue(FORM + ":" + reviews + "0:time", "Cuối học kỳ I");
        tester.assertModelValue(FORM + ":" + reviews + "1:time", "Cuối năm học");
        form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.REVIEWS_SECTION + ":" + PlanSectionsPanel.ADD_REQUIRED_REVIEWS);
        form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.REVIEWS_SECTION + ":" + PlanSectionsPanel.ADD_REVIEW);
        form = tester.newFormTester(FORM);
        form.setValue(reviews + "0:content", "Tiến độ các hoạt động cải tiến");
        form.setValue(reviews + "0:reviewer", "Tổ giám sát");
        form.setValue(reviews + "1:content", "Kết quả thực hiện kế hoạch");
        form.setValue(reviews + "1:reviewer", "Hội đồng tự đánh giá");
        form.setValue(reviews + "2:time", "Tháng 3/2027");
        form.setValue(reviews + "2:content", "Rà soát nguồn lực");
        form.setValue(reviews + "2:result", "Đã mua đủ thiết bị");
        form.setValue(reviews + "2:adjustment", "Không");
        form.setValue(reviews + "2:reviewer", "Hiệu trưởng");
        form.setValue("solutionSupervision", "Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu các mục");
        assertSerializable();

        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getGeneralInformation()).isEqualTo("Trường có 24 lớp với 1.020 học sinh; 52 cán bộ, giáo viên, nhân viên.");
        assertThat(stored.getSolutionSupervision()).isEqualTo("Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        assertThat(stored.getPlannedReviews()).extracting(PlannedReview::getTime, PlannedReview::getContent,
                PlannedReview::getReviewer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "Tổ giám sát"),
                        org.assertj.core.groups.Tuple.tuple("Cuối năm học", "Kết quả thực hiện kế hoạch", "Hội đồng tự đánh giá"),
                        org.assertj.core.groups.Tuple.tuple("Tháng 3/2027", "Rà soát nguồn lực", "Hiệu trưởng"));
        assertThat(stored.getPlannedReviews().get(2).getResult()).isEqualTo("Đã mua đủ thiết bị");
        assertThat(stored.getPlannedReviews().get(2).getAdjustment()).isEqualTo("Không");

        // Removing a review; the history names the fields in Vietnamese.
        form = tester.newFormTester(FORM);
        form.submit(reviews + "2:remove");
        form = tester.newFormTester(FORM);
        form.submit(PlanSectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getPlannedReviews()).hasSize(2);
        assertThat(service.history(PRINCIPAL, plan.getId())).extracting(h -> h.change().path())
                .contains("generalInformation", "plannedReviews[2].time", "plannedReviews[0].reviewer");
        tester.startComponentInPage(new PlanHistoryPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertContains("Thông tin chung");
        tester.assertContains("Lịch theo dõi, đánh giá 3 – thời điểm");
    }

    @Test
    void a2018PlanHasNoTt57SectionsAndCallsTheMechanismCheckingAndSupervision() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertInvisible(FORM + ":" + PlanSectionsPanel.GENERAL_SECTION);
        tester.assertInvisible(FORM + ":" + PlanSectionsPanel.REVIEWS_SECTION);
        tester.assertLabel(FORM + ":supervisionLabel", "Kiểm tra, giám sát");
    }

    @Test
    void aTeacherReadsButCannotChangeAndASupervisorGetsTheRefusalForAnUnpublishedPlan() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        plan.getPurposes().add("Nâng cao chất lượng dạy học");
        service.save(PRINCIPAL, plan);
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(TEACHER, THCS, "vi"), plan.getId()));
        tester.assertVisible(FORM + ":" + PlanSectionsPanel.READ_ONLY);
        tester.assertInvisible(FORM + ":" + PlanSectionsPanel.SAVE);
        tester.assertInvisible(FORM + ":" + PlanSectionsPanel.ADD_PURPOSE);
        tester.assertDisabled(FORM + ":purposes:0:text");
        tester.assertContains("Nâng cao chất lượng dạy học");

        tester.startComponentInPage(new PlanSectionsPanel("panel", context(SUPERVISOR, THCS, "vi"), plan.getId()));
        tester.assertVisible("panel:" + PlanSectionsPanel.NOT_FOUND);
        tester.assertInvisible("panel:" + PlanSectionsPanel.FORM);
        tester.assertContains("Kế hoạch này không tồn tại hoặc bạn không được xem");
    }
}

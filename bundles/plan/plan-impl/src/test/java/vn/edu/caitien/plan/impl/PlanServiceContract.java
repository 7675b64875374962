package vn.edu.caitien.plan.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.FieldChange;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanConflictException;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PlanStateException;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.plan.api.PlanTotals;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.plan.api.ValidationIssue;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.testsupport.TestDatabase;

/** The plan service and its SQL, on Derby and on PostgreSQL, with the real catalogue. */
abstract class PlanServiceContract {

    abstract TestDatabase db();

    private PlanServiceImpl service;

    @BeforeEach
    void start() {
        service = PlanFixtures.service(db());
    }

    private static PlanAction action(String description, String lead, String time, String budget) {
        PlanAction a = new PlanAction();
        a.setDescription(description);
        a.setLeadText(lead);
        a.setTimeText(time);
        a.setBudgetText(budget);
        return a;
    }

    private static PlanRow row(String code, int target, PlanAction... actions) {
        PlanRow r = new PlanRow();
        r.setCriterionCode(code);
        r.setTargetLevel(target);
        r.setActions(List.of(actions));
        return r;
    }

    private static BaselineEntry baseline(String code, Integer level, String unmet) {
        BaselineEntry e = new BaselineEntry();
        e.setCriterionCode(code);
        e.setLevel(level);
        e.setUnmet(unmet);
        return e;
    }

    private PlanDocument draftWithTwoRows() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getHeader().setNumber(7);
        d.getHeader().setDate(LocalDate.of(2025, 9, 9));
        d.getRows().add(row("3.1", 3, action("Tu sửa sân chơi, bãi tập", "Hiệu trưởng",
                "Trong năm học 2025-2026", "500 triệu đồng"), action("Trồng thêm cây bóng mát", "Tổ văn phòng",
                "Học kỳ I năm học 2025-2026", "Ngân sách cấp và XHH")));
        d.getRows().add(row("3.6", 3, action("Bổ sung sách tham khảo", "Nhân viên thư viện",
                "Năm 2026", "100 triệu (XHH)")));
        return service.save(PRINCIPAL, d);
    }

    @Test
    void createKeepsTheRegimeAndFillsTheHeader() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        assertThat(d.getRegimeId()).isEqualTo("tt18-2018");
        assertThat(d.getCatalogueVersion()).isEqualTo(1);
        assertThat(d.getPlanForm()).isEqualTo(PlanForm.TABLE_2018);
        assertThat(d.getHeader().getSymbol()).isEqualTo("KH-THCSAB");
        assertThat(d.getHeader().getIssuingBody()).isEqualTo("TRƯỜNG THCS AN BÌNH");
        assertThat(d.getHeader().getTitle()).endsWith("năm học 2025-2026");
        assertThat(d.getStatus()).isEqualTo(PlanStatus.DRAFT);
        PlanDocument tt57 = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        assertThat(tt57.getRegimeId()).isEqualTo("tt57-2026");
        assertThat(tt57.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        assertThat(service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL)).hasSize(2);
        assertThat(service.plans(PRINCIPAL, THCS.id(), new PlanQuery(2026, null))).hasSize(1);
    }

    @Test
    void saveRoundTripsParsesAndTotals() {
        PlanDocument saved = draftWithTwoRows();
        PlanDocument read = service.plan(PRINCIPAL, saved.getId()).orElseThrow();
        assertThat(read.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("3.1", "3.6");
        assertThat(read.getRows().get(0).getStandardNo()).isEqualTo(3);
        assertThat(read.getRows().get(0).getCriterionTitle()).isNotBlank();
        PlanAction first = read.getRows().get(0).getActions().get(0);
        assertThat(first.getKey()).matches("a-[0-9a-f]{12}");
        assertThat(first.getAmount()).isEqualTo(500_000_000L);
        assertThat(first.getStart()).isEqualTo(LocalDate.of(2025, 8, 1));
        PlanTotals totals = PlanTotals.of(read);
        assertThat(totals.total()).isEqualTo(600_000_000L);
        assertThat(totals.byStandard()).containsEntry(3, 600_000_000L);
        assertThat(totals.byCriterion()).containsEntry("3.6", 100_000_000L);
        assertThat(totals.bySource()).containsEntry(FundingSource.SOCIALISATION, 100_000_000L);
        assertThat(service.actionsByLead(PRINCIPAL, THCS.id(), "hiệu trưởng")).hasSize(1);
        assertThat(service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL).get(0).documentNumber())
                .isEqualTo("07/KH-THCSAB");
    }

    @Test
    void draftFromBaselineAddsARowForEveryCriterionBelowTarget() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getBaseline().add(baseline("1.1", 2, ""));
        d.getBaseline().add(baseline("1.4", 1, "Tổ chuyên môn chưa họp đủ"));
        d.getBaseline().add(baseline("2.2", 0, "Một giáo viên chưa đạt chuẩn"));
        d.getBaseline().add(baseline("3.3", 3, ""));
        service.addRowsFromBaseline(PRINCIPAL, d, 2);
        assertThat(d.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.4", "2.2");
        assertThat(d.getRows()).allMatch(r -> r.getTargetLevel() == 2);
        assertThat(d.getRows().get(1).getCurrentState()).isEqualTo("Một giáo viên chưa đạt chuẩn");
        // Target Mức 3: 1.2 has no Mức 3 requirement, so Mức 2 is carried and needs no row.
        d.getBaseline().add(baseline("1.2", 2, ""));
        service.addRowsFromBaseline(PRINCIPAL, d, 3);
        assertThat(d.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.1", "1.4", "2.2");
        List<ValidationIssue> issues = service.validate(PRINCIPAL, d);
        assertThat(issues).filteredOn(i -> i.code().equals(ValidationIssue.CRITERION_WITHOUT_ACTION)).hasSize(3);
        assertThat(service.baselineOutcome(PRINCIPAL, d)).hasValueSatisfying(o -> assertThat(o.schoolLevel()).isZero());
    }

    @Test
    void validationFindsMissingLeadsTimesBudgetsAndDuplicateNumbers() {
        PlanDocument first = draftWithTwoRows();
        PlanDocument second = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "Kế hoạch khác");
        second.getHeader().setNumber(7);
        second.getHeader().setDate(LocalDate.of(2025, 10, 1));
        second.getRows().add(row("1.1", 3, action("Rà soát chiến lược", "Không",
                "Ban giám hiệu xây dựng kế hoạch thực hiện", "Kê toán"), action("Họp", "BGH",
                "Từ năm học 2025-2026", "Không")));
        second.getRows().add(row("9.9", 3));
        List<ValidationIssue> issues = service.validate(PRINCIPAL, second);
        assertThat(issues).extracting(ValidationIssue::code).contains(ValidationIssue.DUPLICATE_NUMBER,
                ValidationIssue.NO_LEAD, ValidationIssue.TIME_UNREADABLE, ValidationIssue.BUDGET_UNREADABLE,
                ValidationIssue.RUNS_BEYOND_PERIOD, ValidationIssue.UNKNOWN_CRITERION,
                ValidationIssue.CRITERION_WITHOUT_ACTION);
        assertThat(issues.get(0).severity()).isEqualTo(ValidationIssue.Severity.ERROR);
        assertThat(service.validate(PRINCIPAL, first)).noneMatch(i -> i.severity() == ValidationIssue.Severity.ERROR);
    }

    @Test
    void aStoredPlanIsValidatedByIdUntilItChanges() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getRows().add(row("1.1", 3, action("Rà soát chiến lược", "", "Năm học 2025-2026", "Không")));
        PlanDocument saved = service.save(PRINCIPAL, d);
        List<ValidationIssue> byId = service.validate(PRINCIPAL, saved.getId());
        assertThat(byId).isEqualTo(service.validate(PRINCIPAL, saved));
        assertThat(byId).extracting(ValidationIssue::code).contains(ValidationIssue.NO_LEAD);
        assertThat(service.validate(VICE, saved.getId())).isEqualTo(byId);

        saved.getRows().get(0).getActions().get(0).setLeadText("Hiệu trưởng");
        PlanDocument fixed = service.save(PRINCIPAL, saved);
        assertThat(service.validate(PRINCIPAL, fixed.getId())).extracting(ValidationIssue::code)
                .doesNotContain(ValidationIssue.NO_LEAD);
        assertThatThrownBy(() -> service.validate(OTHER_TEACHER, fixed.getId()))
                .isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.validate(SUPERVISOR, fixed.getId()))
                .isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void theDatabaseRefusesASecondPlanWithTheSameNumberInTheSameYear() {
        draftWithTwoRows(); // number 7 of 2025
        PlanDocument second = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "Kế hoạch khác");
        second.getHeader().setNumber(7);
        second.getHeader().setDate(LocalDate.of(2025, 12, 1));
        assertThatThrownBy(() -> service.save(PRINCIPAL, second)).isInstanceOfSatisfying(PlanValidationException.class,
                e -> assertThat(e.issues()).singleElement().satisfies(i -> {
                    assertThat(i.code()).isEqualTo(ValidationIssue.DUPLICATE_NUMBER);
                    assertThat(i.severity()).isEqualTo(ValidationIssue.Severity.ERROR);
                    assertThat(i.args()).containsExactly("7");
                }));
        // Nothing was saved: the refused save left the plan as created.
        assertThat(service.plan(PRINCIPAL, second.getId()).orElseThrow().getHeader().getNumber()).isNull();
        // The same number next year, and several plans without a number or a date, are fine.
        second.getHeader().setDate(LocalDate.of(2026, 1, 5));
        PlanDocument nextYear = service.save(PRINCIPAL, second);
        assertThat(nextYear.getHeader().getNumber()).isEqualTo(7);
        PlanDocument undated = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        undated.getHeader().setNumber(7);
        service.save(PRINCIPAL, undated);
        service.save(PRINCIPAL, service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), ""));
        assertThat(service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL)).hasSize(4);
    }

    @Test
    void aLeadWrittenWithItsPartnersIsSplitAndCriterionReferencesBecomeCodes() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PlanAction typed = action("Sinh hoạt chuyên môn theo nghiên cứu bài học", "BGH, các tổ chuyên môn",
                "Năm 2026", "");
        typed.setAlsoServes("Tiêu chí 1.4; Tiêu chí 2.3.");
        PlanAction withPartners = action("Họp cha mẹ học sinh", "Hiệu trưởng, GVCN", "Năm 2026", "");
        withPartners.setPartners("Ban đại diện CMHS");
        PlanAction person = action("Bồi dưỡng thư viện", "Nguyễn Thị Thu Hằng", "Năm 2026", "");
        d.getRows().add(row("3.1", 3, typed, withPartners, person));
        List<PlanAction> saved = service.save(PRINCIPAL, d).getRows().get(0).getActions();
        assertThat(saved.get(0).getLeadText()).isEqualTo("BGH");
        assertThat(saved.get(0).getPartners()).isEqualTo("các tổ chuyên môn");
        assertThat(saved.get(0).getAlsoServes()).isEqualTo("1.4; 2.3");
        assertThat(saved.get(1).getLeadText()).isEqualTo("Hiệu trưởng, GVCN");
        assertThat(saved.get(1).getPartners()).isEqualTo("Ban đại diện CMHS");
        assertThat(saved.get(2).getLeadText()).isEqualTo("Nguyễn Thị Thu Hằng");
        assertThat(saved.get(2).getPartners()).isEmpty();
        assertThat(service.actionsByLead(PRINCIPAL, THCS.id(), "bgh")).hasSize(1);

        PlanDocument unknown = service.plan(PRINCIPAL, d.getId()).orElseThrow();
        unknown.getRows().get(0).getActions().get(2).setAlsoServes("Tiêu chí 9.9");
        assertThat(service.validate(PRINCIPAL, unknown)).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo(ValidationIssue.UNKNOWN_CRITERION);
            assertThat(i.actionKey()).isEqualTo(saved.get(2).getKey());
            assertThat(i.args()).containsExactly("9.9");
        });
    }

    @Test
    void aBieu2PlanKeepsItsObjectiveIndicatorsEvidenceAndDegreeOfImplementation() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        assertThat(d.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        PlanAction a = action("Xây dựng kho học liệu số", "Phó hiệu trưởng", "Học kỳ I năm học 2026-2027",
                "30 triệu đồng");
        a.setResultIndicator("100% giáo viên dùng kho học liệu");
        a.setExpectedEvidence("Biên bản nghiệm thu");
        a.setDegreeOfImplementation("Đang thực hiện");
        PlanRow r = row("4.1", 2, a);
        r.setCurrentState("Thiết bị dạy học số còn thiếu");
        r.setObjective("Đủ thiết bị cho các lớp");
        d.getRows().add(r);
        PlanDocument saved = service.save(PRINCIPAL, d);
        PlanDocument read = service.plan(PRINCIPAL, saved.getId()).orElseThrow();
        assertThat(read.getRows().get(0).getObjective()).isEqualTo("Đủ thiết bị cho các lớp");
        PlanAction back = read.getRows().get(0).getActions().get(0);
        assertThat(back.getResultIndicator()).isEqualTo("100% giáo viên dùng kho học liệu");
        assertThat(back.getExpectedEvidence()).isEqualTo("Biên bản nghiệm thu");
        assertThat(back.getDegreeOfImplementation()).isEqualTo("Đang thực hiện");
        back.setDegreeOfImplementation("Hoàn thành");
        service.save(PRINCIPAL, read);
        assertThat(service.history(PRINCIPAL, d.getId()))
                .anyMatch(h -> h.change().path().endsWith(".degreeOfImplementation")
                        && h.change().newValue().equals("Hoàn thành"));
    }

    @Test
    void aBieu2PlanKeepsItsGeneralInformationAndReviewScheduleWithHistoryAndCopiesTheScheduleForward() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        d.setGeneralInformation("Trường có 24 lớp, 1.020 học sinh, 52 cán bộ, giáo viên, nhân viên.");
        d.setPlannedReviews(List.of(
                review("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "", "", "Tổ giám sát"),
                review("Cuối năm học", "Kết quả thực hiện kế hoạch", "", "", "Hội đồng tự đánh giá")));
        d.setSolutionSupervision("Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        PlanDocument saved = service.save(PRINCIPAL, d);
        PlanDocument read = service.plan(PRINCIPAL, saved.getId()).orElseThrow();
        assertThat(read.getGeneralInformation()).isEqualTo("Trường có 24 lớp, 1.020 học sinh, 52 cán bộ, giáo viên, nhân viên.");
        assertThat(read.getPlannedReviews()).extracting(PlannedReview::getTime, PlannedReview::getContent,
                PlannedReview::getReviewer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cuối học kỳ I", "Tiến độ các hoạt động cải tiến", "Tổ giám sát"),
                        org.assertj.core.groups.Tuple.tuple("Cuối năm học", "Kết quả thực hiện kế hoạch", "Hội đồng tự đánh giá"));

        // The school writes what the first review found: a field of its own in the history.
        read.getPlannedReviews().get(0).setResult("8/10 hoạt động đúng tiến độ");
        read.getPlannedReviews().get(0).setAdjustment("Lùi thời hạn số hóa hồ sơ sang tháng 3");
        read.setGeneralInformation(read.getGeneralInformation() + "\nTrường đạt chuẩn quốc gia mức độ 1 năm 2022.");
        service.save(PRINCIPAL, read);
        assertThat(service.history(PRINCIPAL, d.getId())).extracting(h -> h.change().path())
                .contains("plannedReviews[0].result", "plannedReviews[0].adjustment", "generalInformation");
        assertThat(service.history(PRINCIPAL, d.getId()))
                .anyMatch(h -> h.change().path().equals("plannedReviews[0].result")
                        && h.change().oldValue().isEmpty() && h.change().newValue().equals("8/10 hoạt động đúng tiến độ"));

        // Copied to the next year: the schedule and the text go forward, last year's results and adjustments do not.
        CopyResult copy = service.copyToNextPeriod(PRINCIPAL, d.getId(), PlanPeriod.schoolYear(2027));
        PlanDocument next = copy.plan();
        assertThat(next.getGeneralInformation()).startsWith("Trường có 24 lớp").contains("chuẩn quốc gia mức độ 1");
        assertThat(next.getSolutionSupervision()).isEqualTo("Tổ giám sát báo cáo Hiệu trưởng sau mỗi lần đánh giá.");
        assertThat(next.getPlannedReviews()).extracting(PlannedReview::getTime)
                .containsExactly("Cuối học kỳ I", "Cuối năm học");
        assertThat(next.getPlannedReviews()).allSatisfy(r -> {
            assertThat(r.getResult()).isEmpty();
            assertThat(r.getAdjustment()).isEmpty();
        });
        assertThat(next.getPlannedReviews().get(0).getReviewer()).isEqualTo("Tổ giám sát");
    }

    private static PlannedReview review(String time, String content, String result, String adjustment, String reviewer) {
        PlannedReview r = new PlannedReview();
        r.setTime(time);
        r.setContent(content);
        r.setResult(result);
        r.setAdjustment(adjustment);
        r.setReviewer(reviewer);
        return r;
    }

    @Test
    void listenersHearEveryCommittedChangeWithTheStoredRevisionAndCannotFailAWrite() {
        List<PlanDocument> heard = new java.util.ArrayList<>();
        service.addListener(d -> {
            throw new IllegalStateException("a broken listener");
        });
        service.addListener(heard::add);
        PlanDocument d = draftWithTwoRows(); // create + save
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).getVersion()).isEqualTo(d.getVersion());
        assertThat(heard.get(1).actions()).hasSize(3);
        assertThat(heard.get(1)).isNotSameAs(d);
        PlanDocument s = service.submit(PRINCIPAL, d.getId(), d.getVersion());
        PlanDocument a = service.approve(PRINCIPAL, d.getId(), s.getVersion());
        PlanDocument p = service.publish(PRINCIPAL, d.getId(), a.getVersion());
        assertThat(heard).extracting(PlanDocument::getStatus).containsExactly(PlanStatus.DRAFT, PlanStatus.DRAFT,
                PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        // An editor's change of the published plan: the listener hears the new draft revision, one action fewer.
        p.getRows().get(0).getActions().remove(1);
        PlanDocument revised = service.save(PRINCIPAL, p);
        PlanDocument last = heard.get(heard.size() - 1);
        assertThat(last.getRevision()).isEqualTo(2);
        assertThat(last.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(last.actions()).hasSize(2);
        assertThat(last.getVersion()).isEqualTo(revised.getVersion());
        // Follow-up, completion and copy are heard too (the copy as the new plan).
        PlanAction f = action("Khắc phục sau kiểm tra", "Hiệu trưởng", "Tháng 3/2026", "");
        service.addFollowUpAction(PRINCIPAL, d.getId(), "3.1", f, "");
        assertThat(heard.get(heard.size() - 1).actions()).hasSize(3);
        service.recordCompletion(PRINCIPAL, d.getId(), Map.of());
        int before = heard.size();
        CopyResult copy = service.copyToNextPeriod(PRINCIPAL, d.getId(), PlanPeriod.schoolYear(2026));
        assertThat(heard).hasSize(before + 1);
        assertThat(heard.get(before).getId()).isEqualTo(copy.plan().getId());
    }

    @Test
    void workflowFromDraftToPublishedAndARevision() {
        PlanDocument d = draftWithTwoRows();
        assertThatThrownBy(() -> service.approve(PRINCIPAL, d.getId(), d.getVersion()))
                .isInstanceOf(PlanStateException.class);
        PlanDocument submitted = service.submit(VICE, d.getId(), d.getVersion());
        assertThat(submitted.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThatThrownBy(() -> service.approve(VICE, d.getId(), submitted.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(VICE, submitted)).isInstanceOf(PlanStateException.class);
        PlanDocument returned = service.returnForChanges(PRINCIPAL, d.getId(), submitted.getVersion(), "Bổ sung tiêu chí 2.2");
        assertThat(returned.getStatus()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("Bổ sung tiêu chí 2.2");
        PlanDocument again = service.submit(VICE, d.getId(), returned.getVersion());
        PlanDocument approved = service.approve(PRINCIPAL, d.getId(), again.getVersion());
        assertThat(service.plan(SUPERVISOR, d.getId())).isEmpty();
        PlanDocument published = service.publish(PRINCIPAL, d.getId(), approved.getVersion());
        assertThat(published.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(service.plan(SUPERVISOR, d.getId())).isPresent();
        String actionKey = published.getRows().get(0).getActions().get(0).getKey();
        service.comment(SUPERVISOR, d.getId(), actionKey, "Cần nêu rõ nguồn kinh phí");
        assertThat(service.comments(PRINCIPAL, d.getId())).singleElement()
                .satisfies(c -> assertThat(c.actionKey()).isEqualTo(actionKey));
        assertThatThrownBy(() -> service.save(SUPERVISOR, published)).isInstanceOf(AccessDeniedException.class);

        // Changing the published plan starts revision 2; supervisors keep seeing revision 1.
        published.getRows().get(0).getActions().get(0).setBudgetText("450 triệu đồng");
        PlanDocument revised = service.save(PRINCIPAL, published);
        assertThat(revised.getRevision()).isEqualTo(2);
        assertThat(revised.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(service.plan(SUPERVISOR, d.getId()).orElseThrow().getRevision()).isEqualTo(1);
        assertThat(service.plan(SUPERVISOR, d.getId(), 2)).isEmpty();
        List<FieldChange> diff = service.diff(PRINCIPAL, d.getId(), 1, 2);
        assertThat(diff).singleElement().satisfies(c -> {
            assertThat(c.path()).endsWith(".budgetText");
            assertThat(c.oldValue()).isEqualTo("500 triệu đồng");
            assertThat(c.newValue()).isEqualTo("450 triệu đồng");
        });
        List<PlanChange> history = service.history(PRINCIPAL, d.getId());
        assertThat(history).extracting(PlanChange::action).contains("create", "save", "submit", "return", "approve",
                "publish", "revise");
        assertThat(history).filteredOn(h -> h.action().equals("revise"))
                .anyMatch(h -> h.userId().equals(PRINCIPAL.id()) && h.change().path().endsWith(".budgetText"));
        assertThat(service.history(SUPERVISOR, d.getId())).isEmpty();
    }

    @Test
    void aSupervisingBodyListsThePublishedRevisionNotTheDraftAfterIt() {
        PlanDocument d = draftWithTwoRows();
        d.getHeader().setTitle("Kế hoạch đã ban hành");
        PlanDocument saved = service.save(PRINCIPAL, d);
        PlanDocument published = service.publish(PRINCIPAL, d.getId(), service.approve(PRINCIPAL, d.getId(),
                service.submit(PRINCIPAL, d.getId(), saved.getVersion()).getVersion()).getVersion());

        // The school starts revision 2 with another title, number and a third action: not published.
        published.getHeader().setTitle("Bản nháp chưa ban hành");
        published.getHeader().setNumber(99);
        published.getRows().get(0).setActions(List.of(published.getRows().get(0).getActions().get(0),
                published.getRows().get(0).getActions().get(1), action("Việc mới trong bản nháp", "Hiệu trưởng",
                        "Trong năm học 2025-2026", "Không")));
        service.save(PRINCIPAL, published);

        assertThat(service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Bản nháp chưa ban hành");
            assertThat(p.revision()).isEqualTo(2);
        });
        assertThat(service.plans(SUPERVISOR, THCS.id(), PlanQuery.ALL)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Kế hoạch đã ban hành");
            assertThat(p.number()).isEqualTo(7);
            assertThat(p.actionCount()).isEqualTo(3);
            assertThat(p.revision()).isEqualTo(1);
            assertThat(p.status()).isEqualTo(PlanStatus.PUBLISHED);
            assertThat(p.updatedBy()).isEqualTo(PRINCIPAL.displayName());
        });
    }

    @Test
    void submittingAPlanWithErrorsIsRefused() {
        PlanDocument d = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        d.getRows().add(row("1.1", 3, action("", "", "", "")));
        PlanDocument saved = service.save(PRINCIPAL, d);
        assertThatThrownBy(() -> service.submit(PRINCIPAL, saved.getId(), saved.getVersion()))
                .isInstanceOf(PlanValidationException.class);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithWhatChanged() {
        PlanDocument d = draftWithTwoRows();
        PlanDocument mine = service.plan(PRINCIPAL, d.getId()).orElseThrow();
        PlanDocument theirs = service.plan(VICE, d.getId()).orElseThrow();
        theirs.getHeader().setPlace("An Bình");
        service.save(VICE, theirs);
        mine.getHeader().setTitle("Tiêu đề mới");
        assertThatThrownBy(() -> service.save(PRINCIPAL, mine)).isInstanceOfSatisfying(PlanConflictException.class,
                e -> assertThat(e.theirChanges()).singleElement().satisfies(c -> {
                    assertThat(c.userName()).isEqualTo(VICE.displayName());
                    assertThat(c.change().path()).isEqualTo("header.place");
                }));
        // Re-applying on the reloaded plan works.
        PlanDocument reloaded = service.plan(PRINCIPAL, d.getId()).orElseThrow();
        reloaded.getHeader().setTitle("Tiêu đề mới");
        assertThat(service.save(PRINCIPAL, reloaded).getHeader().getTitle()).isEqualTo("Tiêu đề mới");
        assertThat(service.plan(PRINCIPAL, d.getId()).orElseThrow().getHeader().getPlace()).isEqualTo("An Bình");
    }

    @Test
    void aTeacherOfAnotherSchoolGetsNothing() {
        PlanDocument d = draftWithTwoRows();
        assertThat(service.plan(OTHER_TEACHER, d.getId())).isEmpty();
        assertThat(service.plan(OTHER_TEACHER, d.getId(), 1)).isEmpty();
        assertThatThrownBy(() -> service.save(OTHER_TEACHER, d)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.submit(OTHER_TEACHER, d.getId(), d.getVersion()))
                .isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.history(OTHER_TEACHER, d.getId())).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.plans(OTHER_TEACHER, THCS.id(), PlanQuery.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.actionsByLead(OTHER_TEACHER, THCS.id(), "Hiệu trưởng"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.plan(PRINCIPAL, 987_654L)).isEmpty();
    }

    @Test
    void aTeacherEditsOnlyTheActionsTheyLead() {
        PlanDocument d = draftWithTwoRows();
        d.getRows().get(1).getActions().get(0).setLeadUserId(TEACHER.id());
        PlanDocument saved = service.save(PRINCIPAL, d);
        PlanDocument mine = service.plan(TEACHER, saved.getId()).orElseThrow();
        mine.getRows().get(1).getActions().get(0).setNotes("Đã liên hệ nhà sách");
        PlanDocument afterTeacher = service.save(TEACHER, mine);
        assertThat(afterTeacher.getRows().get(1).getActions().get(0).getNotes()).isEqualTo("Đã liên hệ nhà sách");
        assertThat(service.actionsByLead(PRINCIPAL, THCS.id(), TEACHER.id())).hasSize(1);
        afterTeacher.getRows().get(0).getActions().get(0).setNotes("Không phải của tôi");
        assertThatThrownBy(() -> service.save(TEACHER, afterTeacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(TEACHER, THCS.id(), PlanPeriod.schoolYear(2025), ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void copyToNextYearCarriesUnfinishedActions() {
        PlanDocument d = draftWithTwoRows();
        d.getRows().get(0).getActions().get(1).setCompleted(true);
        d.getPurposes().add("Khắc phục điểm yếu sau tự đánh giá");
        PlanDocument saved = service.save(PRINCIPAL, d);
        CopyResult copy = service.copyToNextPeriod(PRINCIPAL, saved.getId(), PlanPeriod.schoolYear(2025).next());
        PlanDocument next = copy.plan();
        // 2026-2027 falls under TT 57: rows move to the mapped criteria.
        assertThat(next.getRegimeId()).isEqualTo("tt57-2026");
        assertThat(next.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2026));
        assertThat(next.getHeader().getTitle()).endsWith("2026-2027");
        assertThat(next.getHeader().getNumber()).isNull();
        assertThat(next.getPurposes()).containsExactly("Khắc phục điểm yếu sau tự đánh giá");
        assertThat(copy.dropped()).containsExactly("Trồng thêm cây bóng mát");
        assertThat(copy.carried()).hasSize(2);
        // 3.1 and 3.6 both map to TT 57 criterion 4.1: one row holds both carried actions.
        assertThat(next.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("4.1");
        assertThat(next.getRows().get(0).getActions()).hasSize(2);
        assertThat(next.actions()).allMatch(PlanAction::isCarriedForward)
                .allMatch(a -> a.getSourcePlanId() == saved.getId())
                .anyMatch(a -> a.getSourceActionKey().equals(saved.getRows().get(0).getActions().get(0).getKey()));
        assertThat(copy.changes()).anyMatch(c -> c.path().equals("header.period"));

        PlanDocument sameRegime = service.create(PRINCIPAL, THCS.id(), PlanPeriod.stage(2022, 2025), "");
        sameRegime.getRows().add(row("2.2", 2, action("Cử giáo viên đi học nâng chuẩn", "Hiệu trưởng", "Năm 2023", "")));
        PlanDocument stage = service.save(PRINCIPAL, sameRegime);
        CopyResult nextStage = service.copyToNextPeriod(PRINCIPAL, stage.getId(), PlanPeriod.stage(2022, 2025).next());
        // The stage 2025-2028 starts in 2025-2026, still under TT 18.
        assertThat(nextStage.plan().getRegimeId()).isEqualTo("tt18-2018");
        assertThat(nextStage.plan().getRows()).extracting(PlanRow::getCriterionCode).containsExactly("2.2");
        CopyResult year = service.copyToNextPeriod(PRINCIPAL, stage.getId(), PlanPeriod.schoolYear(2025));
        assertThat(year.plan().getRows()).extracting(PlanRow::getCriterionCode).containsExactly("2.2");
    }

    @Test
    void anInspectionFindingBecomesAFollowUpActionInANewRevision() {
        PlanDocument d = draftWithTwoRows();
        PlanDocument published = service.publish(PRINCIPAL, d.getId(),
                service.approve(PRINCIPAL, d.getId(), service.submit(PRINCIPAL, d.getId(), d.getVersion()).getVersion())
                        .getVersion());
        PlanAction finding = action("Bổ sung hồ sơ theo dõi sửa chữa sân chơi", "Hiệu trưởng", "Tháng 4 năm 2026", "Không");
        // A teacher of the school has neither plan.edit nor plan.comment.
        assertThatThrownBy(() -> service.addFollowUpAction(TEACHER, d.getId(), "3.1", finding, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addFollowUpAction(OTHER_TEACHER, d.getId(), "3.1", finding, ""))
                .isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> service.addFollowUpAction(SUPERVISOR, d.getId(), "3.1", action(" ", "", "", ""), ""))
                .isInstanceOf(PlanValidationException.class);

        String key = service.addFollowUpAction(SUPERVISOR, d.getId(), "3.1", finding,
                "Theo kiến nghị của đoàn kiểm tra ngày 12/03/2026");
        PlanDocument now = service.plan(PRINCIPAL, d.getId()).orElseThrow();
        assertThat(now.getRevision()).isEqualTo(published.getRevision() + 1);
        assertThat(now.getStatus()).isEqualTo(PlanStatus.DRAFT);
        PlanAction added = now.actions().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow();
        assertThat(added.getDescription()).isEqualTo("Bổ sung hồ sơ theo dõi sửa chữa sân chơi");
        assertThat(added.getNotes()).startsWith("Theo kiến nghị của đoàn kiểm tra ngày 12/03/2026");
        assertThat(added.getStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(now.getRows().get(0).getActions()).hasSize(3);
        // The supervisor keeps reading the published revision until the school approves and publishes again.
        assertThat(service.plan(SUPERVISOR, d.getId()).orElseThrow().actions()).noneMatch(a -> a.getKey().equals(key));
        assertThat(service.history(PRINCIPAL, d.getId())).anyMatch(h -> h.action().equals("follow-up")
                && h.userId().equals(SUPERVISOR.id()));

        // A criterion the plan has no row for gets a row.
        String other = service.addFollowUpAction(PRINCIPAL, d.getId(), "1.4", action("Rà soát quy chế", "Phó hiệu trưởng",
                "Năm 2026", ""), "Theo kết quả rà soát học kỳ I");
        assertThat(service.plan(PRINCIPAL, d.getId()).orElseThrow().getRows())
                .anyMatch(r -> r.getCriterionCode().equals("1.4")
                        && r.getActions().stream().anyMatch(a -> a.getKey().equals(other)));
    }

    @Test
    void completionIsRecordedWithoutChangingTheStatusAndFeedsTheCopy() {
        PlanDocument d = draftWithTwoRows();
        PlanDocument published = service.publish(PRINCIPAL, d.getId(),
                service.approve(PRINCIPAL, d.getId(), service.submit(PRINCIPAL, d.getId(), d.getVersion()).getVersion())
                        .getVersion());
        String first = published.getRows().get(0).getActions().get(0).getKey();
        String third = published.getRows().get(1).getActions().get(0).getKey();
        assertThatThrownBy(() -> service.recordCompletion(TEACHER, d.getId(), Map.of(first, true)))
                .isInstanceOf(AccessDeniedException.class);
        PlanDocument closed = service.recordCompletion(PRINCIPAL, d.getId(), Map.of(first, true, third, true, "x", true));
        assertThat(closed.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(closed.getRevision()).isEqualTo(published.getRevision());
        assertThat(closed.actions()).filteredOn(PlanAction::isCompleted).extracting(PlanAction::getKey)
                .containsExactlyInAnyOrder(first, third);
        assertThat(service.history(PRINCIPAL, d.getId())).filteredOn(h -> h.action().equals("complete")).hasSize(2);
        CopyResult copy = service.copyToNextPeriod(PRINCIPAL, d.getId(), PlanPeriod.schoolYear(2025).next());
        assertThat(copy.plan().actions()).extracting(PlanAction::getDescription)
                .containsExactly("Trồng thêm cây bóng mát");
    }

    @Test
    void purgeDeletesOnlyOneSchool() {
        draftWithTwoRows();
        PlanModule module = new PlanModule(service.storeForTests());
        assertThat(module.purgeSchoolData("th-hoa-sen")).isZero();
        assertThat(module.purgeSchoolData(THCS.id())).isPositive();
        assertThat(service.plans(PRINCIPAL, THCS.id(), PlanQuery.ALL)).isEmpty();
    }
}

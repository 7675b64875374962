package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;

/** The history: who changed which field and when, a diff between two revisions, a copy set against its source. */
class PlanHistoryPanelTest extends PanelTestSupport {

    private static PlanAction action(String description, boolean completed) {
        PlanAction a = new PlanAction();
        a.setDescription(description);
        a.setLeadText("Hiệu trưởng");
        a.setTimeText("Năm 2026");
        a.setCompleted(completed);
        return a;
    }

    @Test
    void historyAfterTwoSavesAndADiffBetweenRevisionsInVietnamese() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        plan.getHeader().setPlace("Kinh Bắc");
        plan = service.save(PRINCIPAL, plan);
        plan.getPurposes().add("Khắc phục hạn chế của tiêu chí 3.3");
        plan = service.save(VICE, plan);
        plan = service.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = service.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        plan.getHeader().setPlace("Thuận Thành");
        plan = service.save(PRINCIPAL, plan);
        assertThat(plan.getRevision()).isEqualTo(2);

        tester.startComponentInPage(new PlanHistoryPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertContains("Lê Văn Hòa");
        tester.assertContains("Trần Thị Mai");
        tester.assertContains("Văn bản – địa danh");
        tester.assertContains("Mục đích, yêu cầu 1");
        tester.assertContains("Khắc phục hạn chế của tiêu chí 3\\.3");
        tester.assertContains("phê duyệt");
        tester.assertContains("Đã duyệt");
        assertThat(tester.getLastResponseAsString()).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        // Newest first: the new revision's save is the first entry.
        tester.assertLabel("panel:" + PlanHistoryPanel.CONTENT + ":" + PlanHistoryPanel.ENTRIES + ":0:action",
                "bắt đầu lần sửa mới");

        FormTester form = tester.newFormTester("panel:" + PlanHistoryPanel.CONTENT + ":" + PlanHistoryPanel.DIFF_FORM);
        form.select(PlanHistoryPanel.FROM, 0);
        form.select(PlanHistoryPanel.TO, 1);
        form.submit(PlanHistoryPanel.COMPARE);
        String diff = "panel:" + PlanHistoryPanel.CONTENT + ":" + PlanHistoryPanel.DIFF_FORM + ":" + PlanHistoryPanel.DIFF;
        tester.assertVisible(diff);
        tester.assertLabel(diff + ":changes:0:field", "Văn bản – địa danh");
        tester.assertLabel(diff + ":changes:0:old", "Kinh Bắc");
        tester.assertLabel(diff + ":changes:0:new", "Thuận Thành");
        assertSerializable();
    }

    @Test
    void aCopiedPlanShowsWhatWasCarriedAndDroppedInEnglish() {
        PlanDocument source = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2024), "");
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(2);
        row.getActions().add(action("Sửa mái phòng học", false));
        row.getActions().add(action("Lát lại sân trường", true));
        source.getRows().add(row);
        source = service.save(PRINCIPAL, source);
        CopyResult copy = service.copyToNextPeriod(PRINCIPAL, source.getId(), PlanPeriod.schoolYear(2025));
        PlanDocument next = copy.plan();
        next.getRows().get(0).getActions().get(0).setTimeText("Học kỳ I năm học 2025-2026");
        service.save(PRINCIPAL, next);

        tester.startComponentInPage(new PlanHistoryPanel("panel", context(PRINCIPAL, THCS, "en"), next.getId()));
        tester.assertVisible("panel:" + PlanHistoryPanel.CONTENT + ":" + PlanHistoryPanel.COPY);
        tester.assertContains("School year 2024-2025 → School year 2025-2026");
        tester.assertContains("Carried forward");
        tester.assertContains("Sửa mái phòng học");
        tester.assertContains("changed since the copy: time");
        tester.assertContains("Not carried");
        tester.assertContains("Lát lại sân trường");
        tester.assertContains("completed in the previous plan");
        tester.assertContains("copied from the previous plan");
    }

    @Test
    void aSupervisorSeesNoHistoryOfTheSchoolAndAnUnpublishedPlanIsRefused() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanHistoryPanel("panel", context(SUPERVISOR, THCS, "vi"), plan.getId()));
        tester.assertVisible("panel:notFound");
        tester.assertInvisible("panel:" + PlanHistoryPanel.CONTENT);
        plan = service.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = service.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        service.publish(PRINCIPAL, plan.getId(), plan.getVersion());
        tester.startComponentInPage(new PlanHistoryPanel("panel", context(SUPERVISOR, THCS, "vi"), plan.getId()));
        tester.assertVisible("panel:" + PlanHistoryPanel.CONTENT);
        tester.assertVisible("panel:" + PlanHistoryPanel.CONTENT + ":noHistory");
    }
}

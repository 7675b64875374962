package vn.edu.caitien.plan.ui;

import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanPeriod;

/** The list opens the table editor, the sections, the history and the printed view in its place, and each comes back. */
class PlanListPanelTest extends PanelTestSupport {

    private static final String ROW = "panel:" + PlanListPanel.PLANS + ":0:";

    @Test
    void eachPlanLinksToItsFourViewsInVietnamese() {
        service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanListPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Bảng kế hoạch");
        tester.assertContains("Các mục");
        tester.assertContains("Lịch sử");
        tester.assertContains("Bản in");

        tester.clickLink(ROW + PlanListPanel.SECTIONS);
        tester.assertComponent("panel", PlanSectionsPanel.class);
        tester.clickLink("panel:back");
        tester.assertComponent("panel", PlanListPanel.class);

        tester.clickLink(ROW + PlanListPanel.HISTORY);
        tester.assertComponent("panel", PlanHistoryPanel.class);
        tester.clickLink("panel:back");
        tester.assertComponent("panel", PlanListPanel.class);

        tester.clickLink(ROW + PlanListPanel.VIEW);
        tester.assertComponent("panel", PlanDocumentPanel.class);
        tester.clickLink("panel:back");
        tester.assertComponent("panel", PlanListPanel.class);

        tester.clickLink(ROW + PlanListPanel.EDIT);
        tester.assertComponent("panel", PlanEditorPanel.class);
    }

    @Test
    void theLinksInEnglish() {
        service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanListPanel("panel", context(PRINCIPAL, THCS, "en")));
        tester.assertContains("Plan table");
        tester.assertContains("Sections");
        tester.assertContains("History");
        tester.assertContains("Printed view");
    }
}

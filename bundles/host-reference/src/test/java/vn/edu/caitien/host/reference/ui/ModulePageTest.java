package vn.edu.caitien.host.reference.ui;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.testmodule.FakeBoardContribution;
import vn.edu.caitien.host.reference.testmodule.FakeBoardPanel;
import vn.edu.caitien.host.reference.testmodule.FakeModule;

class ModulePageTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void rendersTheContributedPanelAndKeepsItsState() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters(FakeModule.ID, "board"));

        portal.tester.assertRenderedPage(ModulePage.class);
        portal.tester.assertComponent(ModulePage.CONTENT, FakeBoardPanel.class);
        portal.tester.assertInvisible(ModulePage.MESSAGE);
        portal.tester.clickLink(ModulePage.CONTENT + ":click");
        portal.tester.clickLink(ModulePage.CONTENT + ":click");
        portal.tester.assertLabel(ModulePage.CONTENT + ":clicks", "2");
    }

    @Test
    void aModuleSwitchedOffShowsAMessageNotAnError() {
        portal.switches.setEnabled(FakeModule.ID, Fakes.THCS, false, Fakes.ADMIN);
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters(FakeModule.ID, "board"));

        portal.tester.assertRenderedPage(ModulePage.class);
        portal.tester.assertLabel(ModulePage.MESSAGE, "Phân hệ này đang tắt cho trường của bạn.");
        portal.tester.assertContainsNot("fake-board");
    }

    @Test
    void aMissingModuleIsTemporarilyUnavailable() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters("plan", "editor"));

        portal.tester.assertRenderedPage(ModulePage.class);
        portal.tester.assertLabel(ModulePage.MESSAGE, "Chức năng này tạm thời không khả dụng.");
    }

    @Test
    void aModuleThatStopsWhileThePageIsOpenDropsItsPanel() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters(FakeModule.ID, "board"));
        portal.panels.remove("board");

        portal.tester.startPage(portal.tester.getLastRenderedPage());
        portal.tester.assertLabel(ModulePage.MESSAGE, "Chức năng này tạm thời không khả dụng.");
        portal.tester.assertContainsNot("fake-board");
    }

    @Test
    void aModuleWhoseDeclarationIsGoneIsUnavailableNotDenied() {
        // The panels of a module stay registered while the bundle that declares its permissions restarts (the
        // in-container hot-restart suite stops catalogue-impl while catalogue-ui runs): no "no permission" then.
        portal.panels.add("orphan", Map.of(
                PortalPanel.PREFIX_ + "module", "stopped",
                PortalPanel.PREFIX_ + "name", "list",
                PortalPanel.PREFIX_ + "slot", PortalSlots.NAVIGATION,
                PortalPanel.PREFIX_ + "titleKey", "fake.title",
                PortalPanel.PREFIX_ + "permission", "stopped.view"), new FakeBoardContribution());
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters("stopped", "list"));

        portal.tester.assertRenderedPage(ModulePage.class);
        portal.tester.assertLabel(ModulePage.MESSAGE, "Chức năng này tạm thời không khả dụng.");
        portal.tester.assertContainsNot("fake-board");
    }

    @Test
    void withoutPermissionTheUserIsToldSo() {
        portal.locale(Locale.ENGLISH);
        portal.signIn(Fakes.TEACHER);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters(FakeModule.ID, "board"));

        portal.tester.assertLabel(ModulePage.MESSAGE,
                "You do not have permission to use this function at your school.");
    }

    @Test
    void aStoppedHostServiceGivesTheUnavailablePage() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.services.remove(vn.edu.caitien.portal.api.PermissionService.class);
        portal.tester.startPage(ModulePage.class, ModulePage.parameters(FakeModule.ID, "board"));

        portal.tester.assertRenderedPage(UnavailablePage.class);
        portal.tester.assertContains("Chức năng này tạm thời không khả dụng.");
    }
}

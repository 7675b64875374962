package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Boots the resolved distribution (without the test module) in Felix and checks the platform end to end: every
 * bundle active, migrations recorded once, an HTTP login as a demo user, and a module installed at run time that
 * follows the per-school switch, the permissions and its bundle's lifecycle without an error page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT {

    private static final String MODULE = "notices";
    private static final String NAV_TITLE = "Bảng tin nhà trường";
    private static final String THCS = "thcs-kinhbac";
    private static final String THCS_NAME = "Trường THCS Kinh Bắc";
    private static final PortalUser ADMIN = new PortalUser("admin", "Quản trị hệ thống", true, List.of());

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = Arrays.stream(context.getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " state " + b.getState()).toList();
        assertEquals("bundles not active", List.of(), notActive);
    }

    @Test
    public void portalMigrationsRunOnceAndAreRecorded() throws Exception {
        SchemaMigrator migrator = service(SchemaMigrator.class);
        waitFor("portal schema", () -> migrator.currentVersion("portal") >= 1);
        List<AppliedMigration> before = migrator.applied("portal");
        assertEquals("no version applied twice", before.size(),
                before.stream().map(AppliedMigration::version).distinct().count());
        assertEquals(migrator.currentVersion("portal"), migrator.migrate("portal", getClass()));
        assertEquals("a second migrate applies nothing", before, migrator.applied("portal"));
    }

    @Test
    public void demoUserLogsInOverHttp() throws Exception {
        WebClient web = web();
        WebClient.Page home = web.login("hieutruong", "demo");
        assertEquals(200, home.status());
        assertTrue("home page greets the principal: " + home.body(), home.body().contains("Nguyễn Văn An"));

        WebClient.Page refused = web().login("hieutruong", "sai-mat-khau");
        assertEquals(200, refused.status());
        assertFalse(refused.body().contains("Nguyễn Văn An"));
        assertTrue("translated message for a wrong password", refused.body().contains("không đúng"));
    }

    @Test
    public void runtimeModuleFollowsSwitchPermissionAndLifecycle() throws Exception {
        Bundle module = context.installBundle(PortalConfiguration.sampleModuleJar().toUri().toString());
        module.start();
        waitFor("module service", () -> moduleRegistered());
        SchemaMigrator migrator = service(SchemaMigrator.class);
        waitFor("module schema", () -> migrator.currentVersion(MODULE) >= 1);
        List<AppliedMigration> applied = migrator.applied(MODULE);

        assertTrue("shown where enabled", navigationOf("hieutruong").contains(NAV_TITLE));
        // the ward officer sees the school but does not hold notices.view (the board is internal to the school)
        String ward = navigationOf("phuong");
        assertTrue("the ward officer's page is composed: " + ward, ward.contains("Lê Văn Hùng") && ward.contains(THCS_NAME));
        assertFalse("hidden from a user without the permission", ward.contains(NAV_TITLE));

        ModuleSwitchService switches = service(ModuleSwitchService.class);
        switches.setEnabled(MODULE, THCS, false, ADMIN);
        try {
            assertFalse("hidden where disabled", navigationOf("hieutruong").contains(NAV_TITLE));
            assertTrue("still shown in the other school", navigationOf("hieutruong.th").contains(NAV_TITLE));
            WebClient web = web();
            web.login("hieutruong", "demo");
            WebClient.Page direct = web.get("/m/notices/board");
            assertEquals("a disabled module's URL gets a message, not an error", 200, direct.status());
            assertTrue(direct.body().contains("đang tắt"));
        } finally {
            switches.setEnabled(MODULE, THCS, true, ADMIN);
        }
        assertTrue("back when enabled again", navigationOf("hieutruong").contains(NAV_TITLE));

        module.stop();
        waitFor("module gone", () -> !moduleRegistered());
        String withoutModule = navigationOf("hieutruong.th");
        assertFalse("entry dropped when the bundle stops", withoutModule.contains(NAV_TITLE));
        WebClient web = web();
        web.login("hieutruong.th", "demo");
        WebClient.Page stale = web.get("/m/notices/board");
        assertEquals("a stopped module's URL gets a message, not an error", 200, stale.status());

        module.start();
        waitFor("module back", () -> moduleRegistered());
        assertTrue("entry back after restart", navigationOf("hieutruong.th").contains(NAV_TITLE));
        assertEquals("migrations ran once", applied, migrator.applied(MODULE));
    }

    private String navigationOf(String user) throws IOException, InterruptedException {
        WebClient.Page home = web().login(user, "demo");
        assertEquals(200, home.status());
        return home.body();
    }

    private WebClient web() throws InterruptedException {
        return PortalConfiguration.webClient(context);
    }

    private boolean moduleRegistered() {
        try {
            return context.getServiceReferences(PortalModule.class, null).stream()
                    .map(context::getService).anyMatch(m -> m != null && MODULE.equals(m.id()));
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        return PortalConfiguration.service(context, type, 30);
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        PortalConfiguration.waitFor(what, condition);
    }
}

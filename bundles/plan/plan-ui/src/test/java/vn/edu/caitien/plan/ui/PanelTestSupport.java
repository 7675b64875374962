package vn.edu.caitien.plan.ui;

import java.util.Locale;
import java.util.Map;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** WicketTester over the real plan service and catalogue on in-memory Derby, one database per test. */
abstract class PanelTestSupport {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("plan-ui");

    CatalogueService catalogue;
    PlanServiceImpl service;
    WicketTester tester;

    @BeforeEach
    void start() {
        catalogue = PlanFixtures.catalogue(db);
        service = PlanFixtures.service(db, catalogue);
        tester = new WicketTester(new FakeServicesApplication(Map.of(PlanService.class, service, CatalogueService.class, catalogue,
                SchoolDirectory.class, PlanFixtures.directory())));
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    PortalContext context(PortalUser user, School school, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, school, PlanFixtures.permissions().grantedPermissions(user, school.id()),
                Locale.forLanguageTag(language));
    }

    /** The page still goes to the page store. */
    void assertSerializable() {
        org.assertj.core.api.Assertions.assertThat(new org.apache.wicket.serialize.java.JavaSerializer("test")
                .serialize(tester.getLastRenderedPage())).isNotNull();
    }
}

package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.apache.wicket.serialize.java.JavaSerializer;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** WicketTester over the in-memory monitoring fake, one fresh fake per test. */
abstract class PanelTestSupport {

    FakeMonitoring fake;
    WicketTester tester;

    @BeforeEach
    void start() {
        fake = new FakeMonitoring();
        tester = new WicketTester(new FakeServicesApplication(Map.of(MonitoringService.class, fake,
                EvidenceService.class, fake, PlanService.class, fake.planService())));
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    PortalContext context(PortalUser user, School school, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, school, FakeMonitoring.permissions(user, school.id()),
                Locale.forLanguageTag(language));
    }

    /** @return the size of the last rendered page as the page store would keep it */
    int pageBytes() {
        byte[] bytes = new JavaSerializer("test").serialize(tester.getLastRenderedPage());
        assertThat(bytes).isNotNull();
        return bytes.length;
    }
}

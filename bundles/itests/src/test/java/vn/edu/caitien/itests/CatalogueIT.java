package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The catalogue module in the real container: the shipped catalogues are loaded on the first start with the
 * counts of the circulars, and its panels are in the host navigation.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogueIT {

    private static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school("thcs-kinhbac", PortalRole.TEACHER)));

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void shippedCataloguesAreLoadedOnFirstStart() throws Exception {
        CatalogueService catalogue = service(CatalogueService.class);
        assertCounts(catalogue, "tt17-2018", "", 5, 27, 0);
        assertCounts(catalogue, "tt18-2018", "", 5, 28, 0);
        assertCounts(catalogue, "tt19-2018", "", 5, 25, 0);
        for (String appendix : List.of("I", "II", "III")) {
            assertCounts(catalogue, "tt57-2026", appendix, 4, 15, 8);
        }
    }

    @Test
    public void cataloguePanelsAreInTheNavigation() throws Exception {
        service(CatalogueService.class);
        WebClient web = PortalConfiguration.webClient(context);
        WebClient.Page home = web.login("giaovien", "demo");
        assertTrue("signed in", home != null && home.body().contains("Đỗ Minh Tuấn"));
        assertTrue("browse entry in the navigation", home.body().contains("Danh mục tiêu chí"));
        assertTrue("search entry in the navigation", home.body().contains("Tìm tiêu chí"));
        WebClient.Page browse = web.get("/m/catalogue/browse");
        assertEquals(200, browse.status());
        assertTrue("the browse panel lists TT 18: " + browse.body(), browse.body().contains("18/2018/TT-BGDĐT"));
    }

    private static void assertCounts(CatalogueService catalogue, String regime, String appendix, int standards,
                                     int criteria, int mandatory) {
        assertEquals(regime + " standards", standards,
                catalogue.standards(TEACHER, regime, CatalogueService.CURRENT, appendix).size());
        List<Criterion> list = catalogue.criteria(TEACHER, regime, CatalogueService.CURRENT, appendix);
        assertEquals(regime + " criteria", criteria, list.size());
        assertEquals(regime + " mandatory", mandatory, list.stream().filter(Criterion::mandatory).count());
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        return PortalConfiguration.service(context, type, 60);
    }
}

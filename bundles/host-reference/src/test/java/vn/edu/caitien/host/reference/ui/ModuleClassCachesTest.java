package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.apache.wicket.core.util.lang.PropertyResolver;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.handler.resource.ResourceReferenceRequestHandler;
import org.apache.wicket.request.resource.CssResourceReference;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.request.resource.ResourceReferenceRegistry;
import vn.edu.caitien.host.testmodule.ModuleStylesProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A module bundle updated in place defines its classes again under the same names; Wicket's property resolver caches
 * getters by class name. Found by the in-container hot-restart suite: after catalogue-ui was updated, every catalogue
 * page failed on its {@code PropertyModel} until the portal restarted.
 */
class ModuleClassCachesTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void anUpdatedModuleClassResolvesItsPropertiesAfterTheCachesAreCleared() throws Exception {
        Object before = probe(newRevision(), "trước");
        Object after = probe(newRevision(), "sau");
        assertThat(after.getClass()).isNotSameAs(before.getClass());
        assertThat(after.getClass().getName()).isEqualTo(before.getClass().getName());

        assertThat(PropertyResolver.getValue("value", before)).isEqualTo("trước");
        // what the portal did before: the getter cached for the old class is applied to the new one
        assertThatThrownBy(() -> PropertyResolver.getValue("value", after)).satisfies(e -> {
            Throwable t = e;
            while (!(t instanceof IllegalArgumentException) && t.getCause() != null) {
                t = t.getCause();
            }
            assertThat(t).isInstanceOf(IllegalArgumentException.class);
        });

        ModuleClassCaches.clear((WebApplication) portal.tester.getApplication());

        assertThat(PropertyResolver.getValue("value", after)).isEqualTo("sau");
    }

    @Test
    void clearsTheMarkupAndStringCaches() {
        WebApplication application = (WebApplication) portal.tester.getApplication();
        portal.tester.startPage(LoginPage.class);
        assertThat(application.getMarkupSettings().getMarkupFactory().getMarkupCache().size()).isPositive();

        ModuleClassCaches.clear(application);

        assertThat(application.getMarkupSettings().getMarkupFactory().getMarkupCache().size()).isZero();
        portal.tester.startPage(LoginPage.class);
        portal.tester.assertRenderedPage(LoginPage.class);
    }

    @Test
    void forgetsTheStylesheetsOfTheOldRevisionOfAModule() {
        WebApplication application = (WebApplication) portal.tester.getApplication();
        portal.tester.startPage(LoginPage.class);
        // a module's class (the host's own resources are kept)
        CssResourceReference stylesheet = new CssResourceReference(ModuleStylesProbe.class, "module.css");
        ResourceReference host = new CssResourceReference(PortalApplication.class, "portal.css");
        RequestCycle cycle = portal.tester.getRequestCycle();
        cycle.urlFor(new ResourceReferenceRequestHandler(stylesheet));
        cycle.urlFor(new ResourceReferenceRequestHandler(host));
        ResourceReferenceRegistry registry = application.getResourceReferenceRegistry();
        // what Wicket does by itself: the first reference registered under a class name stays (the old revision's)
        assertThat(registry.getResourceReference(stylesheet.getKey(), true, false)).isSameAs(stylesheet);

        ModuleClassCaches.clear(application);

        assertThat(registry.getResourceReference(stylesheet.getKey(), true, false)).isNull();
        assertThat(registry.getResourceReference(host.getKey(), true, false)).as("the host's own").isSameAs(host);
        CssResourceReference updated = new CssResourceReference(ModuleStylesProbe.class, "module.css");
        cycle.urlFor(new ResourceReferenceRequestHandler(updated));
        assertThat(registry.getResourceReference(updated.getKey(), true, false)).isSameAs(updated);
    }

    /** @return a class loader that defines {@link ClassCacheProbe} anew, as a bundle's new revision does */
    private static ClassLoader newRevision() {
        URL classes = ClassCacheProbe.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, null);
    }

    private static Object probe(ClassLoader loader, String value) throws Exception {
        return loader.loadClass(ClassCacheProbe.class.getName()).getConstructor(String.class).newInstance(value);
    }
}

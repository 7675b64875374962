package vn.edu.caitien.testsupport.wicket;

import java.util.Map;
import java.util.Optional;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.protocol.http.WebApplication;
import vn.edu.caitien.portal.api.ui.ServiceLocator;

/**
 * A Wicket application for panel tests that finds services in a map of fakes, as the host finds them in the OSGi
 * registry: {@code new WicketTester(new FakeServicesApplication(Map.of(PlanService.class, fake)))}.
 */
public class FakeServicesApplication extends WebApplication implements ServiceLocator.Provider {

    private final Map<Class<?>, Object> services;

    /** @param services the fakes by service interface; a missing one behaves like a stopped bundle */
    public FakeServicesApplication(Map<Class<?>, Object> services) {
        this.services = Map.copyOf(services);
    }

    @Override
    protected void init() {
        super.init();
        getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return EmptyPage.class;
    }

    @Override
    public ServiceLocator serviceLocator() {
        return new ServiceLocator() {
            @Override
            public <T> Optional<T> find(Class<T> type) {
                return Optional.ofNullable(services.get(type)).map(type::cast);
            }
        };
    }

    /** The home page; never rendered by the tests. */
    public static final class EmptyPage extends WebPage {
        private static final long serialVersionUID = 1L;
    }
}

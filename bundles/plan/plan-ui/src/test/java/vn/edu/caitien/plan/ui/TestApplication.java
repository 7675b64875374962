package vn.edu.caitien.plan.ui;

import java.util.Map;
import java.util.Optional;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.protocol.http.WebApplication;
import vn.edu.caitien.portal.api.ui.ServiceLocator;

/** A Wicket application that finds services in a map of fakes, as the host finds them in the OSGi registry. */
final class TestApplication extends WebApplication implements ServiceLocator.Provider {

    private final Map<Class<?>, Object> services;

    TestApplication(Map<Class<?>, Object> services) {
        this.services = services;
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

package vn.edu.caitien.portal.api.ui;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apache.wicket.Application;

/**
 * A serializable handle on an OSGi service for Wicket components, which are serialized into the page store and
 * therefore must never hold a service object. Each {@link #get()} asks the current application's
 * {@link ServiceLocator} again, so a restarted service is picked up and a missing one is reported.
 *
 * <pre>
 * private final ServiceRef&lt;CatalogueService&gt; catalogue = ServiceRef.of(CatalogueService.class);
 * ...
 * catalogue.get().regimes();
 * </pre>
 *
 * @param <T> the service interface
 */
public final class ServiceRef<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    private ServiceRef(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** @return a handle on the service with that interface */
    public static <T> ServiceRef<T> of(Class<T> type) {
        return new ServiceRef<>(type);
    }

    /**
     * Must be called during a request (the current Wicket application implements {@link ServiceLocator.Provider}).
     *
     * @return the service
     * @throws ServiceUnavailableException when no such service is registered right now
     */
    public T get() {
        return find().orElseThrow(() -> new ServiceUnavailableException(type.getName()));
    }

    /** @return the service, or empty when none is registered right now */
    public Optional<T> find() {
        if (Application.get() instanceof ServiceLocator.Provider provider) {
            return provider.serviceLocator().find(type);
        }
        throw new IllegalStateException("the Wicket application does not implement ServiceLocator.Provider");
    }

    /** @return the service interface */
    public Class<T> type() {
        return type;
    }
}

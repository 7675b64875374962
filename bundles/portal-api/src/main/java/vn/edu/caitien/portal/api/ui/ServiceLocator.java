package vn.edu.caitien.portal.api.ui;

import java.util.Optional;

/**
 * Finds OSGi services for components. The host's Wicket {@link org.apache.wicket.Application} implements
 * {@link Provider}; a test application implements it over a map of fakes.
 */
@FunctionalInterface
public interface ServiceLocator {

    /**
     * @param type the service interface
     * @return the highest-ranked service of that type right now, or empty
     */
    <T> Optional<T> find(Class<T> type);

    /** Implemented by the Wicket application of a host (and of a test). */
    interface Provider {
        /** @return the locator; never null */
        ServiceLocator serviceLocator();
    }
}

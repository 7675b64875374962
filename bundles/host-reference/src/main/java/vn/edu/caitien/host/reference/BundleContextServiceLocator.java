package vn.edu.caitien.host.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import vn.edu.caitien.portal.api.ui.ServiceLocator;

/**
 * Finds services through the host's BundleContext. One open {@link ServiceTracker} per interface asked for, so a
 * lookup is cheap, always sees the current highest-ranked service, and keeps delayed DS components activated
 * while the portal runs instead of activating them per request. Thread-safe.
 */
final class BundleContextServiceLocator implements ServiceLocator, AutoCloseable {

    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    BundleContextServiceLocator(BundleContext context) {
        this.context = context;
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        if (closed) {
            return Optional.empty();
        }
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(context, t.getName(), null);
            opened.open();
            return opened;
        });
        Object service = tracker.getService();
        // A module that was updated registers its service with a new class of the same name.
        return type.isInstance(service) ? Optional.of(type.cast(service)) : Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}

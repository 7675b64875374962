package vn.edu.caitien.host.reference.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/**
 * The {@link DownloadProvider} services registered right now, by module id. The first provider of a module wins; a
 * second one is logged and ignored until the first goes away. Thread-safe: bundles come and go while requests run.
 */
public final class DownloadRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadRegistry.class);

    private record Entry(Object key, DownloadProvider provider) {
    }

    private final Map<String, Entry> byModule = new ConcurrentHashMap<>();

    /**
     * @param key      what identifies the registration (the service reference), for {@link #remove}
     * @param provider the provider
     * @return whether it was taken
     */
    public boolean add(Object key, DownloadProvider provider) {
        String module = provider.module();
        Entry before = byModule.putIfAbsent(module, new Entry(key, provider));
        if (before != null) {
            LOG.warn("A second download provider for module {} is ignored", module);
            return false;
        }
        LOG.debug("Downloads of module {} registered", module);
        return true;
    }

    /** @param key the key given to {@link #add} */
    public void remove(Object key) {
        byModule.values().removeIf(e -> e.key().equals(key));
    }

    /** @return the provider of a module */
    public Optional<DownloadProvider> find(String module) {
        return Optional.ofNullable(byModule.get(module)).map(Entry::provider);
    }
}

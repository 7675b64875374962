package vn.edu.caitien.host.reference.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PanelDescriptor;

/**
 * The panel contributions registered right now. The host component adds and removes them as their services come
 * and go; pages read it on every request and never keep a contribution across requests. Thread-safe.
 */
public final class PanelRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PanelRegistry.class);

    /**
     * One contribution with its properties.
     *
     * @param descriptor   the {@code portal.panel.*} properties
     * @param contribution the service object
     */
    public record RegisteredPanel(PanelDescriptor descriptor, PanelContribution contribution) {
    }

    private final Map<Object, RegisteredPanel> panels = new ConcurrentHashMap<>();

    /**
     * @param key          identifies the registration (the service reference in OSGi)
     * @param properties   the service properties
     * @param contribution the service
     * @return whether it was added; a contribution without the mandatory properties is logged and ignored
     */
    public boolean add(Object key, Map<String, ?> properties, PanelContribution contribution) {
        PanelDescriptor descriptor;
        try {
            descriptor = PanelDescriptor.of(properties);
        } catch (IllegalArgumentException invalid) {
            LOG.warn("Panel contribution {} ignored: {}", contribution.getClass().getName(), invalid.getMessage());
            return false;
        }
        panels.put(Objects.requireNonNull(key, "key"), new RegisteredPanel(descriptor, contribution));
        LOG.info("Panel {} added to slot {}", descriptor.key(), descriptor.slot());
        return true;
    }

    /** @param key the key given to {@link #add} */
    public void remove(Object key) {
        RegisteredPanel removed = panels.remove(key);
        if (removed != null) {
            LOG.info("Panel {} removed", removed.descriptor().key());
        }
    }

    /** @return the panels of one slot, by order, then by key */
    public List<RegisteredPanel> inSlot(String slot) {
        return panels.values().stream()
                .filter(p -> p.descriptor().slot().equals(slot))
                .sorted(Comparator.comparingInt((RegisteredPanel p) -> p.descriptor().order())
                        .thenComparing(p -> p.descriptor().key()))
                .toList();
    }

    /** @return the panel of that slot with that module and name, if registered right now */
    public Optional<RegisteredPanel> find(String slot, String module, String name) {
        return inSlot(slot).stream()
                .filter(p -> p.descriptor().module().equals(module) && p.descriptor().name().equals(name))
                .findFirst();
    }

    /** @return the class loaders of the contributing bundles, for the class resolver */
    public Collection<ClassLoader> classLoaders() {
        Collection<ClassLoader> loaders = new LinkedHashSet<>();
        for (RegisteredPanel panel : panels.values()) {
            ClassLoader loader = panel.contribution().getClass().getClassLoader();
            if (loader != null) {
                loaders.add(loader);
            }
        }
        return loaders;
    }
}

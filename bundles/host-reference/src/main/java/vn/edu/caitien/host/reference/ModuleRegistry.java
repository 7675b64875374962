package vn.edu.caitien.host.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;

/**
 * The {@link PortalModule} services registered right now, tracked dynamically: a module whose bundle stops
 * disappears at once from {@link #entries()} and {@link #module(String)}. Its permissions stay declared (as it last
 * declared them, until it registers again): a module's services stop a moment after its declaration and start a
 * moment before it, and in between they must not find their own permissions unknown, which would make a plan "not
 * found" or a user "denied" while the module is only being redeployed. Nothing is granted through them while the
 * module is away, since its pages and services are gone. Thread-safe.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistry {

    /** Shown as the bundle and its state when a module was registered without OSGi (tests). */
    public static final String NO_BUNDLE = "-";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /**
     * A registered module and where it comes from.
     *
     * @param module             the service
     * @param bundleSymbolicName the bundle that registered it
     * @param bundleState        a supplier of the bundle's state name, read when asked
     */
    public record Entry(PortalModule module, String bundleSymbolicName, Supplier<String> bundleState) {
        /** @return the module id */
        public String id() {
            return module.id();
        }
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    /** Module id → the permissions it declared when it last registered; kept when it unregisters. */
    private final Map<String, List<PermissionDefinition>> declared = new ConcurrentHashMap<>();

    /** Creates an empty registry; DS fills it through {@link #addModule}. */
    public ModuleRegistry() {
        // no state but the map
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(PortalModule module, ServiceReference<PortalModule> reference) {
        Bundle bundle = reference.getBundle();
        String symbolicName = bundle == null ? NO_BUNDLE : bundle.getSymbolicName();
        entries.put(reference, new Entry(module, symbolicName, () -> stateName(reference.getBundle())));
        declare(module);
        LOG.info("Module {} registered by {}", module.id(), symbolicName);
        warnAboutForeignPermissions(module);
    }

    void removeModule(PortalModule module, ServiceReference<PortalModule> reference) {
        entries.remove(reference);
        LOG.info("Module {} unregistered", module.id());
    }

    /** Registers a module without OSGi, for tests and for hosts that build the registry by hand. */
    public void register(PortalModule module) {
        Objects.requireNonNull(module, "module");
        entries.put(module, new Entry(module, NO_BUNDLE, () -> NO_BUNDLE));
        declare(module);
        warnAboutForeignPermissions(module);
    }

    /** Unregisters a module given to {@link #register}; its permissions stay declared, as for a stopped bundle. */
    public void unregister(PortalModule module) {
        entries.remove(module);
    }

    private void declare(PortalModule module) {
        declared.put(module.id(), module.permissions().stream()
                .filter(p -> p.moduleId().equals(module.id())).toList());
    }

    private static void warnAboutForeignPermissions(PortalModule module) {
        module.permissions().stream().filter(p -> !p.moduleId().equals(module.id()))
                .forEach(p -> LOG.warn("Module {} declares permission {} of another module; it is ignored",
                        module.id(), p.key()));
    }

    /** @return the registered modules, by id */
    public List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** @return the module with that id, if registered */
    public Optional<PortalModule> module(String moduleId) {
        return entries().stream().filter(e -> e.id().equals(moduleId)).map(Entry::module).findFirst();
    }

    /**
     * @return the definition of that permission key, if a module declares it (one registered now, or one that was
     *         registered before and is away, for example while its bundle is redeployed)
     */
    public Optional<PermissionDefinition> permission(String permissionKey) {
        return permissions().stream().filter(p -> p.key().equals(permissionKey)).findFirst();
    }

    /**
     * @return every permission declared by a module (registered now, or last declared by one that is away), those
     *         of a module's own id only, by module id
     */
    public List<PermissionDefinition> permissions() {
        return new java.util.TreeMap<>(declared).values().stream().flatMap(List::stream).toList();
    }

    private static String stateName(Bundle bundle) {
        if (bundle == null) {
            return "UNINSTALLED";
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}

package vn.edu.caitien.host.reference.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.wicket.Application;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.handler.resource.ResourceReferenceRequestHandler;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.request.resource.ResourceReferenceRegistry;

/**
 * Remembers the resource references of modules (a panel's stylesheet, an image) that Wicket registered while making
 * their URLs, so that they can be forgotten when a module's panels come or go. Wicket keys its registry by the
 * <em>name</em> of the scope class and keeps the first reference registered under a key: after a module bundle is
 * updated, its new stylesheet would be looked up through the old bundle's class, which serves the old file or, once
 * the old revision is refreshed away, nothing. The registry cannot be listed, so the keys are collected as the URLs
 * are made ({@link #onUrlMapped}); references of Wicket and of the host  stay.
 */
public final class ModuleResourceKeys implements IRequestCycleListener {

    /** The host's own classes: their resources never change while the portal runs. */
    private static final String HOST = "vn.edu.caitien.host.reference.";

    private final Set<ResourceReference.Key> keys = ConcurrentHashMap.newKeySet();

    @Override
    public void onUrlMapped(RequestCycle cycle, IRequestHandler handler, Url url) {
        if (handler instanceof ResourceReferenceRequestHandler resource) {
            ResourceReference.Key key = resource.getResourceReference().getKey();
            String scope = key.getScope();
            if (scope != null && !scope.startsWith("org.apache.wicket.") && !scope.startsWith(HOST)) {
                keys.add(key);
            }
        }
    }

    /** @return how many module references are remembered (for tests) */
    int size() {
        return keys.size();
    }

    /**
     * Unregisters the remembered module references and the ones Wicket added by itself for requests of unknown
     * resources; they are registered again, with the module's current classes, on their next use.
     *
     * @param application the portal application
     */
    void forget(Application application) {
        ResourceReferenceRegistry registry = application.getResourceReferenceRegistry();
        for (ResourceReference.Key key : keys) {
            keys.remove(key);
            registry.unregisterResourceReference(key);
        }
        registry.clearAutoAddedEntries();
    }
}

package vn.edu.caitien.catalogue.impl;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.CatalogueService;

/**
 * Activates the catalogue service (migrations and the first load of the shipped catalogues) on a thread of its own
 * once the framework has finished starting, so the shipped catalogues are in the database after the first start of
 * the portal without making the portal's start (and its first page) wait or compete for the processor, and the
 * first catalogue page does not pay for the load.
 */
// immediate: its whole purpose is to run when the bundle starts
@Component(immediate = true)
public final class CatalogueWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueWarmup.class);

    private final BundleContext context;
    private final Thread thread;
    private volatile ServiceReference<CatalogueService> held;

    /** Starts the warm-up thread. */
    @Activate
    public CatalogueWarmup(BundleContext context) {
        this.context = context;
        this.thread = new Thread(this::warmUp, "caitien-catalogue-warmup");
        thread.setDaemon(true);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            // the framework is up already: the bundle was installed or restarted at run time
            thread.start();
        } else {
            context.addFrameworkListener(new FrameworkListener() {
                @Override
                public void frameworkEvent(FrameworkEvent event) {
                    if (event.getType() == FrameworkEvent.STARTED) {
                        context.removeFrameworkListener(this);
                        thread.start();
                    }
                }
            });
        }
    }

    private void warmUp() {
        ServiceReference<CatalogueService> reference = context.getServiceReference(CatalogueService.class);
        if (reference == null) {
            // not satisfied yet (no database): it activates on first use instead
            LOG.debug("Catalogue service not registered yet; it loads on first use");
            return;
        }
        try {
            if (context.getService(reference) != null) {
                // kept until deactivation: releasing it would let SCR deactivate the delayed component again
                held = reference;
            }
        } catch (RuntimeException e) {
            LOG.error("Catalogue warm-up failed; the catalogue loads on first use", e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (thread.isAlive()) {
            thread.join(10_000);
        }
        ServiceReference<CatalogueService> reference = held;
        if (reference != null) {
            try {
                context.ungetService(reference);
            } catch (IllegalStateException e) {
                LOG.debug("Bundle context already invalid while releasing the catalogue service", e);
            }
        }
    }
}

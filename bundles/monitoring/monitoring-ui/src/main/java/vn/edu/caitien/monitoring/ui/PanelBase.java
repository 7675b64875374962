package vn.edu.caitien.monitoring.ui;

import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.danekja.java.util.function.serializable.SerializableFunction;
import org.danekja.java.util.function.serializable.SerializableSupplier;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.portal.api.AccessDeniedException;

/**
 * A panel whose loading models are all detached at the end of each request, also those that no component holds as
 * its model (read in {@code onConfigure} or in other models): what the services returned is never kept in the page
 * store nor shown stale on the next request.
 */
abstract class PanelBase extends Panel {
    private static final long serialVersionUID = 1L;

    private final List<IModel<?>> loaded = new ArrayList<>();

    PanelBase(String id) {
        super(id);
    }

    /** @return a model loading once per request, detached with the panel */
    final <T> IModel<T> load(SerializableSupplier<T> loader) {
        return keep(LoadableDetachableModel.of(loader));
    }

    /**
     * @return a model loading what {@code loader} reads of the chosen plan once per request, detached with the panel:
     *         null while no plan is chosen, and when the service refuses (a plan not visible to the user, or no
     *         permission), so that the panel shows nothing
     */
    final <T> IModel<T> loadOfPlan(IModel<Long> planId, SerializableFunction<Long, T> loader) {
        return load(() -> {
            Long id = planId.getObject();
            if (id == null) {
                return null;
            }
            try {
                return loader.apply(id);
            } catch (PlanNotFoundException | MonitoringNotFoundException | AccessDeniedException e) {
                return null;
            }
        });
    }

    /**
     * Adds the container "none", shown while {@code shown} holds null, then the container {@code id}, shown otherwise.
     *
     * @return the container {@code id}, for the panel's content
     */
    final WebMarkupContainer addContent(String id, IModel<?> shown) {
        add(new WebMarkupContainer("none") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(shown.getObject() == null);
            }
        });
        WebMarkupContainer content = new WebMarkupContainer(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(shown.getObject() != null);
            }
        };
        add(content);
        return content;
    }

    /** @return the model, detached with the panel */
    final <T> IModel<T> keep(IModel<T> model) {
        loaded.add(model);
        return model;
    }

    @Override
    protected void onDetach() {
        loaded.forEach(IModel::detach);
        super.onDetach();
    }
}

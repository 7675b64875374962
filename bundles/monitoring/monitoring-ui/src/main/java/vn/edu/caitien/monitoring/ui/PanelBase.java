package vn.edu.caitien.monitoring.ui;

import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.danekja.java.util.function.serializable.SerializableSupplier;

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

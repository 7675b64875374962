package vn.edu.caitien.monitoring.ui;

import java.util.List;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;

/**
 * A read-only list view whose items exist only while a request renders them: they are built at render from the
 * (detachable) list and removed when the request ends, so the page store keeps none of them. A plan of 100
 * actions is over a thousand labels, which would otherwise be serialized with the page after every request.
 *
 * <p>Items can hold no form components or links that a later request must find; buttons in them post a plain
 * value that a surrounding form reads.
 */
abstract class TransientListView<T> extends ListView<T> {
    private static final long serialVersionUID = 1L;

    TransientListView(String id, IModel<? extends List<T>> model) {
        super(id, model);
    }

    @Override
    protected void onDetach() {
        if (size() > 0) {
            // Removing children marks the page dirty, which outside rendering would give it a new id: the links
            // just rendered name the current id, so keep it.
            Page page = findPage();
            boolean frozen = page != null && page.setFreezePageId(true);
            try {
                removeAll();
            } finally {
                if (page != null) {
                    page.setFreezePageId(frozen);
                }
            }
        }
        super.onDetach();
    }
}

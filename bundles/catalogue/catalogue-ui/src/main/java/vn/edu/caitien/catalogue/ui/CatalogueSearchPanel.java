package vn.edu.caitien.catalogue.ui;

import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.SearchHit;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/** Searches every current catalogue, ignoring diacritics and case ("co so vat chat" finds "Cơ sở vật chất"). */
public class CatalogueSearchPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String QUERY = "query";
    public static final String HITS = "hits";
    public static final String EMPTY = "empty";

    /** The most hits shown. */
    static final int LIMIT = 50;

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private String query;

    /** @param context the user the catalogue is read for */
    public CatalogueSearchPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        Form<Void> form = new Form<>(FORM);
        form.add(new TextField<>(QUERY, new PropertyModel<String>(this, "query")));
        add(form);
        IModel<List<SearchHit>> hits = LoadableDetachableModel.of(() -> query == null || query.isBlank() ? List.of()
                : catalogue.get().search(context.user(), query, LIMIT));
        add(new ListView<>(HITS, hits) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SearchHit> item) {
                SearchHit h = item.getModelObject();
                item.add(new Label("circular", h.circular()));
                item.add(new Label("appendix", h.key().appendix()));
                item.add(new Label("code", h.key().code()));
                item.add(new Label("title", h.title()));
                item.add(new Label("standard", h.standardTitle()));
            }
        });
        add(new WebMarkupContainer(EMPTY) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(query != null && !query.isBlank() && hits.getObject().isEmpty());
            }
        });
    }
}

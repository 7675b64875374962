package vn.edu.caitien.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.CriterionMapping;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/** Shows a 2018 regime next to TT 57, criterion by criterion, through the editable mapping. */
public class RegimeComparePanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String FORM = "form";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ROWS = "rows";

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private String from;
    private String to;

    /** @param context the user the catalogue is read for */
    public RegimeComparePanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        IModel<List<Regime>> regimes = LoadableDetachableModel.of(() -> catalogue.get().regimes(context.user()));
        IModel<List<String>> older = regimes.map(list -> ids(list, RuleSet.RULES_2018));
        IModel<List<String>> newer = regimes.map(list -> ids(list, RuleSet.RULES_2026));
        ChoiceRenderer<String> renderer = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String id) {
                return regimes.getObject().stream().filter(r -> r.id().equals(id)).findFirst()
                        .map(Regime::circular).orElse(id);
            }
        };
        Form<Void> form = new Form<>(FORM);
        form.add(new DropDownChoice<>(FROM, new PropertyModel<>(this, "from"), older, renderer).setNullValid(false));
        form.add(new DropDownChoice<>(TO, new PropertyModel<>(this, "to"), newer, renderer).setNullValid(false));
        add(form);
        IModel<List<CompareRow>> rows = LoadableDetachableModel.of(() -> {
            if (from == null && !older.getObject().isEmpty()) {
                from = older.getObject().get(0);
            }
            if (to == null && !newer.getObject().isEmpty()) {
                to = newer.getObject().get(0);
            }
            return from == null || to == null ? List.of() : rows(from, to);
        });
        add(new Label("fromHeading", LoadableDetachableModel.of(() -> renderer.getDisplayValue(from))));
        add(new Label("toHeading", LoadableDetachableModel.of(() -> renderer.getDisplayValue(to))));
        add(new ListView<>(ROWS, rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CompareRow> item) {
                CompareRow row = item.getModelObject();
                item.add(new Label("code", row.code()));
                item.add(new Label("title", row.title()));
                item.add(new ListView<>("targets", row.targets()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<String> target) {
                        target.add(new Label("target", target.getModelObject()));
                    }
                });
            }
        });
    }

    private static List<String> ids(List<Regime> regimes, RuleSet ruleSet) {
        return regimes.stream().filter(r -> r.ruleSet() == ruleSet).map(Regime::id).toList();
    }

    private List<CompareRow> rows(String fromId, String toId) {
        CatalogueService service = catalogue.get();
        Map<CriterionKey, Criterion> sources = all(service, fromId);
        Map<CriterionKey, Criterion> targets = all(service, toId);
        List<CompareRow> rows = new ArrayList<>();
        for (CriterionMapping m : service.mappings(context.user(), fromId, toId)) {
            Criterion source = sources.get(m.from());
            List<String> mapped = m.targets().stream().map(k -> k.code() + " "
                    + (targets.containsKey(k) ? targets.get(k).title() : "")).toList();
            rows.add(new CompareRow(m.from().code(), source == null ? "" : source.title(), mapped));
        }
        return rows;
    }

    private Map<CriterionKey, Criterion> all(CatalogueService service, String regimeId) {
        List<Criterion> criteria = new ArrayList<>();
        service.regime(context.user(), regimeId).ifPresent(r -> r.appendices().forEach(a -> criteria.addAll(
                service.criteria(context.user(), regimeId, CatalogueService.CURRENT, a.code()))));
        return criteria.stream().collect(Collectors.toMap(Criterion::key, Function.identity(), (a, b) -> a));
    }
}

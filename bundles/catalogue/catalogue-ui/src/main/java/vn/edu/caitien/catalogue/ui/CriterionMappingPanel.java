package vn.edu.caitien.catalogue.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.ListMultipleChoice;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.model.util.ListModel;
import vn.edu.caitien.catalogue.api.Appendix;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.CriterionMapping;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * For system administrators: for each criterion of a 2018 circular, choose the TT 57 criteria it maps to. The
 * choices are the criteria of the TT 57 appendix for the same school levels (Phụ lục I for TT 19, mầm non;
 * Phụ lục II for TT 17 and 18). Saving calls {@link CatalogueAdminService#replaceMapping} for each changed
 * criterion; {@link RegimeComparePanel} shows the result.
 */
public class CriterionMappingPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String DENIED = AdminArea.DENIED;
    public static final String BODY = AdminArea.BODY;
    public static final String SELECT_FORM = "selectForm";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String EDIT_FORM = "editForm";
    public static final String ROWS = "rows";
    public static final String TARGETS = "targets";
    public static final String SAVE = "save";

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final ServiceRef<CatalogueAdminService> admin = ServiceRef.of(CatalogueAdminService.class);
    private final PortalContext context;
    private String from;
    private String to;

    /** @param context the administrator */
    public CriterionMappingPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        boolean allowed = AdminArea.isAdministrator(context);
        WebMarkupContainer body = AdminArea.addTo(this, context);
        body.add(new FeedbackPanel("feedback"));
        if (!allowed) {
            return;
        }
        IModel<List<Regime>> regimes = LoadableDetachableModel.of(() -> catalogue.get().regimes(context.user()));
        IModel<List<String>> older = regimes.map(list -> ids(list, RuleSet.RULES_2018));
        IModel<List<String>> newer = regimes.map(list -> ids(list, RuleSet.RULES_2026));
        ChoiceRenderer<String> regimeRenderer = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String id) {
                return regime(regimes.getObject(), id).map(Regime::circular).orElse(id);
            }
        };
        // Criteria of the new regime by appendix code, for the choices and their labels.
        IModel<Map<String, List<Criterion>>> targetCriteria = LoadableDetachableModel.of(() -> {
            Map<String, List<Criterion>> byAppendix = new LinkedHashMap<>();
            regime(regimes.getObject(), to).ifPresent(r -> r.appendices().forEach(a -> byAppendix.put(a.code(),
                    catalogue.get().criteria(context.user(), r.id(), CatalogueService.CURRENT, a.code()))));
            return byAppendix;
        });
        // Start on the first pair so the selects never offer an empty choice.
        from = older.getObject().isEmpty() ? null : older.getObject().get(0);
        to = newer.getObject().isEmpty() ? null : newer.getObject().get(0);
        IModel<List<MappingEditRow>> rows = LoadableDetachableModel.of(
                () -> from == null || to == null ? List.of() : rows(regimes.getObject()));

        ListView<MappingEditRow> rowList = new ListView<>(ROWS, rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MappingEditRow> item) {
                MappingEditRow row = item.getModelObject();
                item.add(new Label("code", row.from().code()));
                item.add(new Label("title", row.title()));
                item.add(new Label("appendix", row.targetAppendix()));
                IModel<List<String>> choices = targetCriteria.map(m -> m.getOrDefault(row.targetAppendix(),
                        List.of()).stream().map(Criterion::code).toList());
                ListMultipleChoice<String> targets = new ListMultipleChoice<>(TARGETS,
                        new ListModel<>(new ArrayList<>(row.targets())), choices, new ChoiceRenderer<>() {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object getDisplayValue(String code) {
                                return code + " " + targetCriteria.getObject()
                                        .getOrDefault(row.targetAppendix(), List.of()).stream()
                                        .filter(c -> c.code().equals(code)).map(Criterion::title).findFirst()
                                        .orElse("");
                            }

                            @Override
                            public String getIdValue(String code, int index) {
                                return code;
                            }
                        });
                targets.setMaxRows(6);
                targets.setLabel(new StringResourceModel("label.targets", CriterionMappingPanel.this)
                        .setParameters(row.from().code()));
                item.add(targets);
            }
        };
        // Keep the rows, and so the administrator's selections, across the submit; rebuilt on purpose below.
        rowList.setReuseItems(true);

        Form<Void> selectForm = new Form<>(SELECT_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                rows.detach();
                targetCriteria.detach();
                rowList.removeAll();
            }
        };
        selectForm.add(new DropDownChoice<>(FROM, new PropertyModel<>(this, "from"), older, regimeRenderer)
                .setNullValid(false));
        selectForm.add(new DropDownChoice<>(TO, new PropertyModel<>(this, "to"), newer, regimeRenderer)
                .setNullValid(false));
        body.add(selectForm);

        Form<Void> editForm = new Form<>(EDIT_FORM);
        body.add(editForm);
        editForm.add(new Label("fromHeading", LoadableDetachableModel.of(() -> regimeRenderer.getDisplayValue(from))));
        editForm.add(new Label("toHeading", LoadableDetachableModel.of(() -> regimeRenderer.getDisplayValue(to))));
        editForm.add(rowList);
        editForm.add(new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(rows.getObject().isEmpty());
            }
        });
        editForm.add(new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                int changed = save(rowList, targetCriteria.getObject());
                String circular = String.valueOf(regimeRenderer.getDisplayValue(from));
                if (changed == 0) {
                    info(getString("mapping.unchanged"));
                } else {
                    info(new StringResourceModel("mapping.saved", CriterionMappingPanel.this)
                            .setParameters(changed, circular).getString());
                }
                rows.detach();
                rowList.removeAll();
            }
        });
    }

    /** @return how many criteria got a new mapping */
    @SuppressWarnings("unchecked")
    private int save(ListView<MappingEditRow> rowList, Map<String, List<Criterion>> targetCriteria) {
        Map<CriterionKey, List<CriterionKey>> stored = new LinkedHashMap<>();
        for (CriterionMapping m : catalogue.get().mappings(context.user(), from, to)) {
            stored.put(m.from(), m.targets());
        }
        int changed = 0;
        for (Component child : rowList) {
            ListItem<MappingEditRow> item = (ListItem<MappingEditRow>) child;
            MappingEditRow row = item.getModelObject();
            Collection<String> chosen = ((ListMultipleChoice<String>) item.get(TARGETS)).getModelObject();
            // In the order the circular prints them, whatever order the browser sent.
            List<CriterionKey> targets = targetCriteria.getOrDefault(row.targetAppendix(), List.of()).stream()
                    .filter(c -> chosen.contains(c.code())).map(Criterion::key).toList();
            if (!targets.equals(stored.getOrDefault(row.from(), List.of()))) {
                admin.get().replaceMapping(context.user(), row.from(), to, targets);
                changed++;
            }
        }
        return changed;
    }

    private List<MappingEditRow> rows(List<Regime> regimes) {
        CatalogueService service = catalogue.get();
        Regime source = regime(regimes, from).orElse(null);
        Regime target = regime(regimes, to).orElse(null);
        if (source == null || target == null) {
            return List.of();
        }
        Map<CriterionKey, String> titles = new LinkedHashMap<>();
        source.appendices().forEach(a -> service.criteria(context.user(), source.id(), CatalogueService.CURRENT,
                a.code()).forEach(c -> titles.put(c.key(), c.title())));
        List<MappingEditRow> result = new ArrayList<>();
        for (CriterionMapping m : service.mappings(context.user(), source.id(), target.id())) {
            String appendix = targetAppendix(source, m.from().appendix(), target);
            result.add(new MappingEditRow(m.from(), titles.getOrDefault(m.from(), ""), appendix,
                    m.targets().stream().filter(k -> k.appendix().equals(appendix)).map(CriterionKey::code)
                            .toList()));
        }
        return result;
    }

    /**
     * The appendix of the new regime for the school levels of the source appendix: Phụ lục I (mầm non) for TT 19,
     * Phụ lục II (phổ thông) for TT 17 and 18.
     */
    static String targetAppendix(Regime source, String sourceAppendix, Regime target) {
        Set<SchoolLevel> levels = source.appendices().stream().filter(a -> a.code().equals(sourceAppendix))
                .findFirst().map(Appendix::schoolLevels).orElse(source.schoolLevels());
        return target.appendices().stream().filter(a -> !Collections.disjoint(a.schoolLevels(), levels))
                .map(Appendix::code).findFirst().orElse(target.defaultAppendix());
    }

    private static Optional<Regime> regime(List<Regime> regimes, String id) {
        return regimes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<String> ids(List<Regime> regimes, RuleSet ruleSet) {
        return regimes.stream().filter(r -> r.ruleSet() == ruleSet).map(Regime::id).toList();
    }
}

package vn.edu.caitien.catalogue.ui;

import java.nio.charset.StandardCharsets;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.util.List;
import java.util.Optional;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.form.OnChangeAjaxBehavior;
import org.apache.wicket.markup.html.WebMarkupContainer;
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
import vn.edu.caitien.catalogue.api.Appendix;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.Standard;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Browses one regime's current catalogue as a tree: standards, then criteria with their indicator counts per level.
 * A regime not yet checked against the official text (TT 57 as shipped) carries a warning; a short note explains how
 * its level rules turn criterion levels into the school's level.
 */
public class CatalogueBrowsePanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String REGIME = "regime";
    public static final String APPENDIX = "appendix";
    public static final String UNCHECKED = "unchecked";
    public static final String TREE = "tree";
    public static final String STANDARDS = "standards";
    public static final String RULES = "rules";
    public static final String EXPORT = "export";

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final PortalContext context;
    private String regimeId;
    private String appendix;

    /** @param context the user the catalogue is read for */
    public CatalogueBrowsePanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        IModel<List<Regime>> regimes = LoadableDetachableModel.of(() -> catalogue.get().regimes(context.user()));
        IModel<Regime> regime = LoadableDetachableModel.of(() -> current(regimes.getObject()).orElse(null));
        WebMarkupContainer tree = new WebMarkupContainer(TREE);
        tree.setOutputMarkupId(true);

        Form<Void> form = new Form<>("form");
        add(form);
        DropDownChoice<String> regimeChoice = new DropDownChoice<>(REGIME, new PropertyModel<>(this, "regimeId"),
                regimes.map(list -> list.stream().map(Regime::id).toList()),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String id) {
                        return regimes.getObject().stream().filter(r -> r.id().equals(id)).findFirst()
                                .map(Regime::circular).orElse(id);
                    }
                });
        regimeChoice.setNullValid(false);
        regimeChoice.add(new OnChangeAjaxBehavior() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onUpdate(AjaxRequestTarget target) {
                appendix = null;
                regime.detach();
                target.add(tree, form);
            }
        });
        form.setOutputMarkupId(true);
        form.add(regimeChoice);
        DropDownChoice<String> appendixChoice = new DropDownChoice<>(APPENDIX, new PropertyModel<>(this, "appendix"),
                regime.map(r -> r.appendices().stream().map(Appendix::code).toList()),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return getString("appendix.label", null, "") + " " + code;
                    }
                }) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                Regime r = regime.getObject();
                setVisible(r != null && r.appendices().size() > 1);
            }
        };
        appendixChoice.setNullValid(false);
        appendixChoice.add(new OnChangeAjaxBehavior() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onUpdate(AjaxRequestTarget target) {
                target.add(tree);
            }
        });
        form.add(appendixChoice);

        add(tree);
        tree.add(new Label("title", regime.map(Regime::title)));
        tree.add(new WebMarkupContainer(UNCHECKED) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                Regime r = regime.getObject();
                setVisible(r != null && !r.officialTextChecked());
            }
        });
        tree.add(new ResourceLink<Void>(EXPORT, new YamlExport(regime)));
        tree.add(new Label(RULES, LoadableDetachableModel.of(() -> regime.getObject() == null ? ""
                : getString("rules." + regime.getObject().ruleSet().name()))));
        IModel<List<Standard>> standards = LoadableDetachableModel.of(() -> regime.getObject() == null ? List.of()
                : catalogue.get().standards(context.user(), regimeId, CatalogueService.CURRENT, appendix));
        IModel<List<Criterion>> criteria = LoadableDetachableModel.of(() -> regime.getObject() == null ? List.of()
                : catalogue.get().criteria(context.user(), regimeId, CatalogueService.CURRENT, appendix));
        tree.add(new ListView<>(STANDARDS, standards) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Standard> item) {
                Standard s = item.getModelObject();
                item.add(new Label("number", s.number()));
                item.add(new Label("standardTitle", s.title()));
                item.add(new ListView<>("criteria", criteria.map(all -> all.stream()
                        .filter(c -> c.standardNumber() == s.number()).toList())) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Criterion> row) {
                        Criterion c = row.getModelObject();
                        row.add(new Label("code", c.code()));
                        row.add(new Label("criterionTitle", c.title()));
                        row.add(new WebMarkupContainer("mandatory").setVisible(c.mandatory()));
                        row.add(new Label("level1", c.indicatorCount(1)));
                        row.add(new Label("level2", c.indicatorCount(2)));
                        row.add(new Label("level3", c.indicatorCount(3)));
                    }
                });
            }
        });
    }

    /** Picks the selected regime, or the first one, and its first appendix when none is chosen. */
    private Optional<Regime> current(List<Regime> regimes) {
        Optional<Regime> selected = regimes.stream().filter(r -> r.id().equals(regimeId)).findFirst()
                .or(() -> regimes.stream().findFirst());
        selected.ifPresent(r -> {
            regimeId = r.id();
            if (appendix == null || r.appendices().stream().noneMatch(a -> a.code().equals(appendix))) {
                appendix = r.defaultAppendix();
            }
        });
        return selected;
    }

    /** The shown regime's current version as a YAML file of the same shape as the shipped ones (importable). */
    private final class YamlExport extends AbstractResource {
        private static final long serialVersionUID = 1L;

        private final IModel<Regime> regime;

        YamlExport(IModel<Regime> regime) {
            this.regime = regime;
        }

        @Override
        protected ResourceResponse newResourceResponse(Attributes attributes) {
            Regime r = regime.getObject();
            byte[] yaml = catalogue.get().exportYaml(context.user(), r.id(), CatalogueService.CURRENT)
                    .getBytes(StandardCharsets.UTF_8);
            ResourceResponse response = new ResourceResponse();
            response.setContentType("application/yaml; charset=UTF-8");
            response.setFileName(r.id() + "-v" + r.currentVersion() + ".yaml");
            response.setContentDisposition(ContentDisposition.ATTACHMENT);
            response.setContentLength(yaml.length);
            response.disableCaching();
            response.setWriteCallback(new WriteCallback() {
                @Override
                public void writeData(Attributes attrs) {
                    attrs.getResponse().write(yaml);
                }
            });
            return response;
        }
    }
}

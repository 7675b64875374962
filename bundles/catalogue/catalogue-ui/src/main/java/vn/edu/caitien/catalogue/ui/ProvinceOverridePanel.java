package vn.edu.caitien.catalogue.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.wicket.feedback.FencedFeedbackPanel;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.ProvinceOverride;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * For system administrators: the province overrides of the applicable circular. A province (its Sở GD&amp;ĐT, as
 * the host's {@link SchoolDirectory} knows it) can keep schools of one level on another circular from a school
 * year on; {@link CatalogueService#applicableRegime} follows it. Lists, adds (or replaces) and removes overrides.
 */
public class ProvinceOverridePanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String DENIED = AdminArea.DENIED;
    public static final String BODY = AdminArea.BODY;
    public static final String OVERRIDES = "overrides";
    public static final String REMOVE = "remove";
    public static final String NONE = "none";
    public static final String ADD_FORM = "addForm";
    public static final String PROVINCE = "province";
    public static final String LEVEL = "level";
    public static final String FROM_YEAR = "fromYear";
    public static final String REGIME = "regime";
    public static final String NO_PROVINCE = "noProvince";

    private final ServiceRef<CatalogueService> catalogue = ServiceRef.of(CatalogueService.class);
    private final ServiceRef<CatalogueAdminService> admin = ServiceRef.of(CatalogueAdminService.class);
    private final ServiceRef<SchoolDirectory> directory = ServiceRef.of(SchoolDirectory.class);
    private final PortalContext context;
    private String provinceId;
    private SchoolLevel level;
    private String fromYear;
    private String regimeId;

    /** @param context the administrator */
    public ProvinceOverridePanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        boolean allowed = AdminArea.isAdministrator(context);
        WebMarkupContainer body = AdminArea.addTo(this, context);
        // Messages of the whole panel except the add form's, which shows its own next to the fields.
        body.add(new FencedFeedbackPanel("feedback", this));
        if (!allowed) {
            return;
        }
        IModel<List<Regime>> regimes = LoadableDetachableModel.of(() -> catalogue.get().regimes(context.user()));
        IModel<List<SupervisingBody>> provinces = LoadableDetachableModel.of(this::provinces);
        IModel<List<ProvinceOverride>> overrides = LoadableDetachableModel.of(
                () -> catalogue.get().provinceOverrides(context.user()));

        body.add(new ListView<>(OVERRIDES, overrides) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ProvinceOverride> item) {
                ProvinceOverride o = item.getModelObject();
                item.add(new Label("province", LoadableDetachableModel.of(() -> provinceName(o.provinceId()))));
                item.add(new Label("level", new ResourceModel("SchoolLevel." + o.level().name())));
                item.add(new Label("fromYear", o.fromYear().toString()));
                item.add(new Label("regime", LoadableDetachableModel.of(() -> circular(regimes.getObject(),
                        o.regimeId()))));
                item.add(new Link<Void>(REMOVE) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        admin.get().removeProvinceOverride(context.user(), o.provinceId(), o.level(), o.fromYear());
                        overrides.detach();
                        // On the panel: this link goes away when the list is rebuilt, and its messages with it.
                        ProvinceOverridePanel.this.info(new StringResourceModel("removed", ProvinceOverridePanel.this).setParameters(
                                provinceName(o.provinceId()), getString("SchoolLevel." + o.level().name()),
                                o.fromYear().toString()).getString());
                    }
                });
            }
        });
        body.add(new WebMarkupContainer(NONE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(overrides.getObject().isEmpty());
            }
        });

        Form<Void> addForm = new Form<>(ADD_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Regime regime = regimes.getObject().stream().filter(r -> r.id().equals(regimeId)).findFirst()
                        .orElse(null);
                String levelName = getString("SchoolLevel." + level.name());
                if (regime == null || regime.appendixFor(level).isEmpty()) {
                    error(new StringResourceModel("regime.level", ProvinceOverridePanel.this)
                            .setParameters(circular(regimes.getObject(), regimeId), levelName).getString());
                    return;
                }
                SchoolYear year = SchoolYear.parse(fromYear);
                admin.get().setProvinceOverride(context.user(), new ProvinceOverride(provinceId, level, year,
                        regimeId));
                overrides.detach();
                ProvinceOverridePanel.this.info(new StringResourceModel("saved", ProvinceOverridePanel.this).setParameters(
                        provinceName(provinceId), levelName, year.toString(), regime.circular()).getString());
                provinceId = null;
                level = null;
                fromYear = null;
                regimeId = null;
            }
        };
        body.add(addForm);
        addForm.add(new FencedFeedbackPanel("formFeedback", addForm));
        addForm.add(new DropDownChoice<>(PROVINCE, new PropertyModel<>(this, "provinceId"),
                provinces.map(list -> list.stream().map(SupervisingBody::id).toList()), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String id) {
                        return provinces.getObject().stream().filter(b -> b.id().equals(id)).findFirst()
                                .map(SupervisingBody::name).orElse(id);
                    }
                }).setRequired(true).setLabel(new ResourceModel("label.province")));
        addForm.add(new DropDownChoice<>(LEVEL, new PropertyModel<>(this, "level"),
                Arrays.asList(SchoolLevel.values()), new EnumChoiceRenderer<>(this))
                .setRequired(true).setLabel(new ResourceModel("label.level")));
        addForm.add(new TextField<>(FROM_YEAR, new PropertyModel<String>(this, "fromYear"))
                .add(new SchoolYearValidator()).setRequired(true).setLabel(new ResourceModel("label.fromYear")));
        addForm.add(new DropDownChoice<>(REGIME, new PropertyModel<>(this, "regimeId"),
                regimes.map(list -> list.stream().map(Regime::id).toList()), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String id) {
                        return circular(regimes.getObject(), id);
                    }
                }).setRequired(true).setLabel(new ResourceModel("label.regime")));
        addForm.add(new WebMarkupContainer(NO_PROVINCE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(provinces.getObject().isEmpty());
            }
        });
    }

    /** The provincial departments that supervise at least one school of the portal, by name in Vietnamese order. */
    private List<SupervisingBody> provinces() {
        Optional<SchoolDirectory> found = directory.find();
        if (found.isEmpty()) {
            return List.of();
        }
        SchoolDirectory d = found.get();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return d.schools().stream().flatMap(s -> s.supervisorIds().stream()).distinct()
                .map(d::body).flatMap(Optional::stream)
                .filter(b -> b.kind() == BodyKind.PROVINCIAL_DEPARTMENT)
                .sorted(Comparator.comparing(SupervisingBody::name, collator)).toList();
    }

    /** The body's name, or its id when the directory does not know it (any more). */
    private String provinceName(String id) {
        return directory.find().flatMap(d -> d.body(id)).map(SupervisingBody::name).orElse(id);
    }

    private static String circular(List<Regime> regimes, String id) {
        return regimes.stream().filter(r -> r.id().equals(id)).findFirst().map(Regime::circular)
                .orElse(Objects.toString(id, ""));
    }
}

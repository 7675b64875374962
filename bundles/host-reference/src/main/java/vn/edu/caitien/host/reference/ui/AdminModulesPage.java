package vn.edu.caitien.host.reference.ui;

import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.validation.AbstractFormValidator;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import vn.edu.caitien.host.reference.ModuleRegistry;
import vn.edu.caitien.host.reference.ModuleSwitchServiceImpl;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.ServiceRef;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Administration of modules, for system administrators only (others get the access-denied page): a table of
 * registered modules × schools with on/off switches, each module's bundle, bundle state and schema version, and
 * per module a form that deletes one school's data after a typed reason and an explicit confirmation. Switches
 * and purges are persisted and audited by {@link vn.edu.caitien.portal.api.ModuleSwitchService}.
 */
public final class AdminModulesPage extends SecurePage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the module rows, for tests. */
    public static final String MODULES = "modules";
    /** Wicket id of the purge forms, for tests. */
    public static final String PURGES = "purges";

    private final ServiceRef<ModuleRegistry> registry = ServiceRef.of(ModuleRegistry.class);
    private final ServiceRef<SchoolDirectory> directory = ServiceRef.of(SchoolDirectory.class);
    private final ServiceRef<SchemaMigrator> migrator = ServiceRef.of(SchemaMigrator.class);

    private final IModel<List<ModuleRow>> modules = LoadableDetachableModel.of(this::loadModules);
    private final IModel<List<School>> schools = LoadableDetachableModel.of(() -> directory.get().schools());

    /** @param parameters ignored */
    public AdminModulesPage(PageParameters parameters) {
        super(parameters);
        if (!user().systemAdmin()) {
            throw new AccessDeniedException(ModuleSwitchServiceImpl.ADMIN_PERMISSION,
                    "administration page, user " + user().id());
        }
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new ListView<>("schoolHeads", schools) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<School> item) {
                item.add(new Label("name", item.getModelObject().name()));
            }
        });
        ListView<ModuleRow> rows = new ListView<>(MODULES, modules) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleRow> item) {
                ModuleRow row = item.getModelObject();
                item.add(new Label("title", row.title()));
                item.add(new Label("id", row.id()));
                item.add(new Label("bundle", row.bundle()));
                item.add(new Label("state", row.state()));
                item.add(new Label("version", row.schemaVersion() == null ? getString("admin.version.unknown")
                        : String.valueOf(row.schemaVersion())));
                item.add(switchCells(row.id()));
            }
        };
        rows.setReuseItems(true);
        add(rows);
        add(new Label("noModules", new ResourceModel("admin.noModules")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(modules.getObject().isEmpty());
            }
        });
        ListView<ModuleRow> purges = new ListView<>(PURGES, modules) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleRow> item) {
                item.add(new Label("title", item.getModelObject().title()));
                item.add(purgeForm(item.getModelObject().id()));
            }
        };
        // Reused so that a refused form keeps its input and its error messages.
        purges.setReuseItems(true);
        add(purges);
    }

    private ListView<School> switchCells(String moduleId) {
        return new ListView<>("cells", schools) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<School> cell) {
                String schoolId = cell.getModelObject().id();
                IModel<Boolean> enabled = LoadableDetachableModel.of(
                        () -> switches.get().isEnabled(moduleId, schoolId));
                Link<Void> toggle = new Link<>("toggle") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        boolean on = !switches.get().isEnabled(moduleId, schoolId);
                        switches.get().setEnabled(moduleId, schoolId, on, user());
                        // On the page: this link is rebuilt by the next render, and its messages with it.
                        AdminModulesPage.this.success(getString(on ? "admin.switched.on" : "admin.switched.off"));
                    }
                };
                toggle.add(new Label("state", LoadableDetachableModel.of(
                        () -> getString(enabled.getObject() ? "admin.on" : "admin.off"))));
                toggle.add(AttributeModifier.replace("class",
                        LoadableDetachableModel.of(() -> enabled.getObject() ? "ct-on" : "ct-off")));
                toggle.add(AttributeModifier.replace("title", new ResourceModel("admin.toggle.hint")));
                cell.add(toggle);
            }
        };
    }

    private Form<Void> purgeForm(String moduleId) {
        IModel<School> school = Model.of((School) null);
        IModel<String> reason = Model.of("");
        IModel<Boolean> confirmed = Model.of(Boolean.FALSE);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    int deleted = switches.get().purgeSchoolData(moduleId, school.getObject().id(), user(),
                            reason.getObject());
                    success(new StringResourceModel("purge.done", AdminModulesPage.this)
                            .setParameters(deleted, school.getObject().name()).getString());
                    school.setObject(null);
                    reason.setObject("");
                    confirmed.setObject(Boolean.FALSE);
                } catch (IllegalStateException inactive) {
                    error(getString("purge.inactive"));
                }
            }
        };
        form.add(new DropDownChoice<>("school", school, schools, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(School s) {
                return s.name();
            }

            @Override
            public String getIdValue(School s, int index) {
                return s.id();
            }
        }).setRequired(true).setLabel(new ResourceModel("purge.school")));
        form.add(new TextArea<>("reason", reason).setRequired(true)
                .add(StringValidator.maximumLength(3000)).setLabel(new ResourceModel("purge.reason")));
        CheckBox confirm = new CheckBox("confirm", confirmed);
        form.add(confirm);
        form.add(new AbstractFormValidator() {
            private static final long serialVersionUID = 1L;

            @Override
            public FormComponent<?>[] getDependentFormComponents() {
                return new FormComponent<?>[] {confirm};
            }

            @Override
            public void validate(Form<?> validated) {
                if (!Boolean.TRUE.equals(confirm.getConvertedInput())) {
                    confirm.error(confirm.getString("purge.confirm.required"));
                }
            }
        });
        return form;
    }

    private List<ModuleRow> loadModules() {
        Optional<SchemaMigrator> versions = migrator.find();
        return registry.get().entries().stream()
                .map(e -> new ModuleRow(e.id(),
                        Titles.resolve(e.module().getClass(), e.module().titleKey(), getLocale()),
                        e.bundleSymbolicName(), e.bundleState().get(),
                        versions.map(m -> m.currentVersion(e.id())).orElse(null)))
                .toList();
    }

    @Override
    protected void onDetach() {
        modules.detach();
        schools.detach();
        super.onDetach();
    }
}

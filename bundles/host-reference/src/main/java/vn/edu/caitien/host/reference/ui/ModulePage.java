package vn.edu.caitien.host.reference.ui;

import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.panel.EmptyPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.ModuleRegistry;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.ui.PanelDescriptor;
import vn.edu.caitien.portal.api.ui.PortalSlots;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Shows one NAVIGATION contribution full-width, mounted at {@code /m/{module}/{panel}}. On every request it checks
 * that the user has a current school, that the contribution is registered, that its module is registered (one whose
 * declaring bundle stopped while its panels stay is temporarily unavailable), that its module is on for the school
 * and that the user holds its permission; when one fails it shows a translated message in the page (never an error
 * page) and drops the panel.
 */
public final class ModulePage extends SecurePage {
    private static final long serialVersionUID = 1L;

    /** Path parameter: module id. */
    public static final String MODULE = "module";
    /** Path parameter: panel name. */
    public static final String PANEL = "panel";
    /** Wicket id of the contributed panel, for tests. */
    public static final String CONTENT = "content";
    /** Wicket id of the message shown instead of the panel, for tests. */
    public static final String MESSAGE = "message";

    private static final Logger LOG = LoggerFactory.getLogger(ModulePage.class);

    /** Why the panel is not shown; the message key is {@code module.<name in lower case>}. */
    enum Status { OK, NO_SCHOOL, UNAVAILABLE, DISABLED, DENIED }

    private final ServiceRef<ModuleRegistry> modules = ServiceRef.of(ModuleRegistry.class);
    private final String module;
    private final String panelName;
    private Status status = Status.UNAVAILABLE;

    /** @param parameters {@value #MODULE} and {@value #PANEL}, optionally {@value SecurePage#SCHOOL} */
    public ModulePage(PageParameters parameters) {
        super(parameters);
        this.module = parameters.get(MODULE).toString("");
        this.panelName = parameters.get(PANEL).toString("");
    }

    /** @return the page parameters of a module page */
    public static PageParameters parameters(String module, String panel) {
        return new PageParameters().set(MODULE, module).set(PANEL, panel);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Label("heading", LoadableDetachableModel.of(this::heading)));
        add(new Label(MESSAGE, LoadableDetachableModel.of(
                () -> status == Status.OK ? "" : getString("module." + status.name().toLowerCase(Locale.ROOT)))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(status != Status.OK);
            }
        });
        add(new EmptyPanel(CONTENT));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        status = check();
        Component content = get(CONTENT);
        if (status != Status.OK) {
            // Drop the panel: its module may have stopped, and a page must not keep classes of a stopped bundle.
            if (!(content instanceof EmptyPanel)) {
                replace(new EmptyPanel(CONTENT));
            }
            return;
        }
        if (content instanceof EmptyPanel) {
            replace(newContent());
        }
    }

    @Override
    protected String activeEntry() {
        return module + "/" + panelName;
    }

    private Status check() {
        Optional<School> school = currentSchool();
        if (school.isEmpty()) {
            return Status.NO_SCHOOL;
        }
        Optional<PanelRegistry.RegisteredPanel> panel = registered();
        if (panel.isEmpty()) {
            return Status.UNAVAILABLE;
        }
        PanelDescriptor descriptor = panel.get().descriptor();
        if (moduleAway(descriptor.module())) {
            // The module's declaration is gone (its -impl bundle stopped or is being redeployed) while its panels
            // are still registered: that is "temporarily unavailable", not "you may not".
            return Status.UNAVAILABLE;
        }
        if (!switches.get().isEnabled(descriptor.module(), school.get().id())) {
            return Status.DISABLED;
        }
        if (!descriptor.permission().isEmpty()
                && !permissions.get().isGranted(user(), descriptor.permission(), school.get().id())) {
            return Status.DENIED;
        }
        return Status.OK;
    }

    private Component newContent() {
        Optional<PanelRegistry.RegisteredPanel> panel = registered();
        if (panel.isEmpty()) {
            status = Status.UNAVAILABLE;
            return new EmptyPanel(CONTENT);
        }
        try {
            return panel.get().contribution().newPanel(CONTENT, portalContext());
        } catch (RuntimeException broken) {
            LOG.warn("Panel {}/{} could not be created", module, panelName, broken);
            status = Status.UNAVAILABLE;
            return new EmptyPanel(CONTENT);
        }
    }

    /** @return whether no module of that id is registered right now; false when the host tracks no modules */
    private boolean moduleAway(String moduleId) {
        return modules.find().map(registry -> registry.module(moduleId).isEmpty()).orElse(false);
    }

    private Optional<PanelRegistry.RegisteredPanel> registered() {
        return PortalApplication.get().panels().find(PortalSlots.NAVIGATION, module, panelName);
    }

    private String heading() {
        return registered()
                .map(p -> Titles.resolve(p.contribution().getClass(), p.descriptor().titleKey(), getLocale()))
                .orElseGet(() -> getString("module.heading"));
    }
}

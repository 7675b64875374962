package vn.edu.caitien.host.reference.ui;

import java.util.Iterator;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.panel.EmptyPanel;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.markup.repeater.RefreshingView;
import org.apache.wicket.markup.repeater.ReuseIfModelsEqualStrategy;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.ui.PanelDescriptor;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The dashboard: a greeting, the current school, and the HOME-slot panels the user may see there. */
public final class HomePage extends SecurePage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the repeater of home panels, for tests. */
    public static final String CARDS = "cards";

    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);

    /** @param parameters optionally {@value SecurePage#SCHOOL} */
    public HomePage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Label("greeting", new StringResourceModel("home.greeting", this)
                .setParameters(LoadableDetachableModel.of(() -> user().displayName()))));
        IModel<String> schoolName = LoadableDetachableModel.of(
                () -> currentSchool().map(School::name).orElse(null));
        add(new Label("school", new StringResourceModel("home.school", this).setParameters(schoolName)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(schoolName.getObject() != null);
            }
        });
        add(new Label("noSchool", getString("home.noSchool")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(schoolName.getObject() == null);
            }
        });
        RefreshingView<String> cards = new RefreshingView<>(CARDS) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Iterator<IModel<String>> getItemModels() {
                return homePanelKeys().stream().map(k -> (IModel<String>) Model.of(k)).iterator();
            }

            @Override
            protected void populateItem(Item<String> item) {
                item.add(homePanel("panel", item.getModelObject()));
            }
        };
        // Keeps a contributed panel (and its state) across requests as long as the same contribution is listed.
        cards.setItemReuseStrategy(ReuseIfModelsEqualStrategy.getInstance());
        add(cards);
    }

    /** Keys ({@code module/name}) of the HOME panels to show now. */
    private List<String> homePanelKeys() {
        return currentSchool().map(school -> PortalApplication.get().panels().inSlot(PortalSlots.HOME).stream()
                .filter(p -> visible(p.descriptor(), school.id()))
                .map(p -> p.descriptor().key())
                .toList()).orElse(List.of());
    }

    private boolean visible(PanelDescriptor descriptor, String schoolId) {
        return switches.get().isEnabled(descriptor.module(), schoolId)
                && (descriptor.permission().isEmpty()
                    || permissions.get().isGranted(user(), descriptor.permission(), schoolId));
    }

    private org.apache.wicket.Component homePanel(String id, String key) {
        String[] parts = key.split("/", 2);
        return PortalApplication.get().panels().find(PortalSlots.HOME, parts[0], parts[1])
                .<org.apache.wicket.Component>map(p -> {
                    PortalContext context = portalContext();
                    try {
                        return p.contribution().newPanel(id, context);
                    } catch (RuntimeException broken) {
                        LOG.warn("Home panel {} could not be created; left out", key, broken);
                        return new EmptyPanel(id);
                    }
                })
                .orElseGet(() -> new EmptyPanel(id));
    }
}

package vn.edu.caitien.host.reference.testmodule;

import java.util.Map;
import org.apache.wicket.markup.html.panel.Panel;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** A navigation contribution of {@link FakeModule}; its title key is only in this package's messages. */
public final class FakeBoardContribution implements PanelContribution {

    /** The service properties that {@code @PortalPanel} would generate. */
    public static final Map<String, Object> PROPERTIES = Map.of(
            PortalPanel.PREFIX_ + "module", FakeModule.ID,
            PortalPanel.PREFIX_ + "name", "board",
            PortalPanel.PREFIX_ + "slot", PortalSlots.NAVIGATION,
            PortalPanel.PREFIX_ + "order", 10,
            PortalPanel.PREFIX_ + "titleKey", "fake.title",
            PortalPanel.PREFIX_ + "permission", FakeModule.VIEW);

    /** Properties of the same panel in the HOME slot, open to every member. */
    public static final Map<String, Object> HOME_PROPERTIES = Map.of(
            PortalPanel.PREFIX_ + "module", FakeModule.ID,
            PortalPanel.PREFIX_ + "name", "card",
            PortalPanel.PREFIX_ + "slot", PortalSlots.HOME,
            PortalPanel.PREFIX_ + "titleKey", "fake.title");

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new FakeBoardPanel(wicketId, context);
    }
}

package vn.edu.caitien.plan.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The school's plans; the editor and the printed view open from the list in the same place. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "plan", name = "plans", slot = PortalSlots.NAVIGATION, order = 30,
        titleKey = "plan.list.title", permission = "plan.view")
public final class PlanListContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new PlanListPanel(wicketId, context);
    }
}

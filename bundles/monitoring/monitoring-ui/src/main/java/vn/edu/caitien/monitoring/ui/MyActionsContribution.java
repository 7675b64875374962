package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** "Việc của tôi": the actions the user leads, with the progress and evidence forms; for those who report progress. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "my-actions", slot = PortalSlots.NAVIGATION, order = 40,
        titleKey = "monitoring.myActions.title", permission = MonitoringService.UPDATE)
public final class MyActionsContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new MyActionsPanel(wicketId, context);
    }
}

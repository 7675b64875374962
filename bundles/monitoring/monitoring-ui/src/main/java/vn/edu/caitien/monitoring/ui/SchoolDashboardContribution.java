package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The school's dashboard with SVG charts. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "dashboard", slot = PortalSlots.NAVIGATION, order = 42,
        titleKey = "monitoring.dashboard.title", permission = MonitoringService.VIEW)
public final class SchoolDashboardContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new SchoolDashboardPanel(wicketId, context);
    }
}

package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Progress of a plan of the school: table, history, evidence per criterion. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "progress", slot = PortalSlots.NAVIGATION, order = 41,
        titleKey = "monitoring.progress.title", permission = MonitoringService.VIEW)
public final class PlanProgressContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new PlanProgressPanel(wicketId, context);
    }
}

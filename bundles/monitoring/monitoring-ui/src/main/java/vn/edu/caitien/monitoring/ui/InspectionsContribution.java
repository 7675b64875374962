package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Inspections of the school's plan; the form for members of a supervising body. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "inspections", slot = PortalSlots.NAVIGATION, order = 44,
        titleKey = "monitoring.inspections.title", permission = MonitoringService.VIEW)
public final class InspectionsContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new InspectionsPanel(wicketId, context);
    }
}

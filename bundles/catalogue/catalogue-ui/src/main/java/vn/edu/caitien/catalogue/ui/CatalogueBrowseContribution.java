package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** Browse a catalogue as a tree. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "catalogue", name = "browse", slot = PortalSlots.NAVIGATION, order = 10,
        titleKey = "catalogue.browse.title", permission = "catalogue.view")
public final class CatalogueBrowseContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new CatalogueBrowsePanel(wicketId, context);
    }
}

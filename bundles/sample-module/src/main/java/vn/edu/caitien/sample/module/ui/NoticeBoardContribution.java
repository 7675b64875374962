package vn.edu.caitien.sample.module.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;
import vn.edu.caitien.sample.module.NoticeService;

/** The noticeboard entry in the host's navigation. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "notices", name = "board", slot = PortalSlots.NAVIGATION, order = 50,
        titleKey = "notices.title", permission = NoticeService.VIEW)
public final class NoticeBoardContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new NoticeBoardPanel(wicketId, context);
    }
}

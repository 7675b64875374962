package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Shown with HTTP 410. The page was kept too long, or used a module that has stopped since. */
public final class PageExpiredPage extends MessagePage {
    private static final long serialVersionUID = 1L;

    /** @param parameters ignored */
    public PageExpiredPage(PageParameters parameters) {
        super(parameters, 410);
    }
}

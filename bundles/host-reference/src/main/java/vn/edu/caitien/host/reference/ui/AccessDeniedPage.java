package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Shown with HTTP 403. The user lacks a permission, or is not a system administrator. */
public final class AccessDeniedPage extends MessagePage {
    private static final long serialVersionUID = 1L;

    /** @param parameters ignored */
    public AccessDeniedPage(PageParameters parameters) {
        super(parameters, 403);
    }
}

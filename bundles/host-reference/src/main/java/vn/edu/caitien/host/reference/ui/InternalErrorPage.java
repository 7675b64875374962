package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Shown with HTTP 500. Something failed unexpectedly; the cause is logged, never shown. */
public final class InternalErrorPage extends MessagePage {
    private static final long serialVersionUID = 1L;

    /** @param parameters ignored */
    public InternalErrorPage(PageParameters parameters) {
        super(parameters, 500);
    }
}

package vn.edu.caitien.host.reference.ui;

import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.flow.RedirectToUrlException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import vn.edu.caitien.host.reference.AccountService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Sign-in. A failed attempt shows one message whatever went wrong, so it never reveals whether a login exists.
 * A successful one replaces the HTTP session (against session fixation) and continues to the page that was
 * asked for, or home.
 */
public final class LoginPage extends PortalPage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the form, for tests. */
    public static final String FORM = "form";

    private final ServiceRef<AccountService> accounts = ServiceRef.of(AccountService.class);

    /** @param parameters ignored */
    public LoginPage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        Model<String> login = Model.of("");
        Model<String> password = Model.of("");
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                char[] typed = password.getObject() == null ? new char[0] : password.getObject().toCharArray();
                password.setObject(null);
                Optional<PortalUser> user = accounts.get().authenticate(login.getObject(), typed);
                java.util.Arrays.fill(typed, '\0');
                if (user.isEmpty()) {
                    error(getString("login.failed"));
                    return;
                }
                // Signing in replaces the session, and with it Wicket's record of the page asked for.
                Url original = RestartResponseAtInterceptPageException.getOriginalUrl();
                PortalSession.get().signIn(user.get(), PortalApplication.get().settings().sessionTimeoutMinutes());
                if (original != null) {
                    throw new RedirectToUrlException(getRequestCycle().getUrlRenderer().renderRelativeUrl(original));
                }
                setResponsePage(HomePage.class);
            }
        };
        form.add(new RequiredTextField<>("login", login).setLabel(new ResourceModel("login.name")));
        form.add(new PasswordTextField("password", password).setLabel(new ResourceModel("login.password")));
        add(form);
    }

    @Override
    protected boolean showNavigation() {
        return false;
    }
}

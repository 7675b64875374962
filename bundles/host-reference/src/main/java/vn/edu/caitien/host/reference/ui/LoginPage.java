package vn.edu.caitien.host.reference.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.link.AbstractLink;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.flow.RedirectToUrlException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import vn.edu.caitien.host.reference.AccountService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Sign-in. Stateless, so an anonymous visit creates no HTTP session: the language switch is a pair of bookmarkable
 * links with a {@value #LANG} parameter, which the form keeps in its action URL and which becomes the language of
 * the session created at sign-in. A failed attempt shows one message whatever went wrong, so it never reveals
 * whether a login exists. A successful one replaces the HTTP session (against session fixation) and continues to
 * the page that was asked for, or home.
 */
public final class LoginPage extends PortalPage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the form, for tests. */
    public static final String FORM = "form";
    /** Page parameter naming the language of the page, {@code vi} or {@code en}. */
    public static final String LANG = "lang";

    private final ServiceRef<AccountService> accounts = ServiceRef.of(AccountService.class);

    /** @param parameters optionally {@value #LANG} */
    public LoginPage(PageParameters parameters) {
        super(parameters);
        // On a temporary session this lasts for the request only; sign-in makes it the new session's language.
        supportedLocale(parameters.get(LANG).toOptionalString()).ifPresent(getSession()::setLocale);
        // In the constructor, not onInitialize: a stateless page is rebuilt for the submit, and Wicket looks the
        // form up before it initializes the page.
        add(signInForm());
    }

    /**
     * @param locale the language of the page
     * @return the parameters of the login page in that language
     */
    public static PageParameters parameters(Locale locale) {
        return new PageParameters().set(LANG, locale.getLanguage());
    }

    private StatelessForm<Void> signInForm() {
        Model<String> login = Model.of("");
        Model<String> password = Model.of("");
        StatelessForm<Void> form = new StatelessForm<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                char[] typed = password.getObject() == null ? new char[0] : password.getObject().toCharArray();
                password.setObject(null);
                Optional<PortalUser> user = accounts.get().authenticate(login.getObject(), typed);
                Arrays.fill(typed, '\0');
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
        return form;
    }

    @Override
    protected AbstractLink languageLink(String id, Locale locale) {
        return new BookmarkablePageLink<Void>(id, LoginPage.class, parameters(locale));
    }

    @Override
    protected boolean showNavigation() {
        return false;
    }
}

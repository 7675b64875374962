package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.Cookie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.AbstractLink;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.ui.PortalSlots;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Layout of every page: header with the product name, school switcher, user, language switch and logout; the
 * left navigation composed on every request from the NAVIGATION contributions of modules that are on for the
 * current school and whose permission the user holds; the content area.
 */
public abstract class PortalPage extends WebPage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the navigation list, for tests. */
    public static final String NAV_ENTRIES = "nav:entries";
    /** Wicket id of the school switcher form, for tests. */
    public static final String SCHOOL_FORM = "schoolForm";
    /** Wicket id of the Vietnamese language link, for tests. */
    public static final String LANG_VI = "langVi";
    /** Wicket id of the English language link, for tests. */
    public static final String LANG_EN = "langEn";
    /** Wicket id of the logout link, for tests. */
    public static final String LOGOUT = "logout";

    /** Name of the servlet container's session cookie (Jetty's default). */
    static final String SESSION_COOKIE = "JSESSIONID";

    private static final CssResourceReference CSS = new CssResourceReference(PortalPage.class, "portal.css");

    /** Vietnamese. */
    protected static final Locale VI = Locale.forLanguageTag("vi");

    protected final ServiceRef<PermissionService> permissions = ServiceRef.of(PermissionService.class);
    protected final ServiceRef<ModuleSwitchService> switches = ServiceRef.of(ModuleSwitchService.class);

    private final IModel<List<School>> visibleSchools = LoadableDetachableModel.of(this::loadVisibleSchools);

    /** @param parameters page parameters */
    protected PortalPage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Label("pageTitle", new ResourceModel("page.title")));
        add(new BookmarkablePageLink<Void>("brand", HomePage.class));
        add(new Label("userName", LoadableDetachableModel.of(() -> signedIn() ? user().displayName() : ""))
                .add(visibleIfSignedIn()));
        add(markActive(languageLink(LANG_VI, VI), VI));
        add(markActive(languageLink(LANG_EN, Locale.ENGLISH), Locale.ENGLISH));
        add(new Link<Void>(LOGOUT) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                Locale language = getLocale();
                PortalSession.get().signOut();
                // forget the session cookie too: otherwise the next visit looks like an expired session
                Cookie cookie = new Cookie(SESSION_COOKIE, "");
                cookie.setPath("/");
                ((WebResponse) getResponse()).clearCookie(cookie);
                setResponsePage(LoginPage.class, LoginPage.parameters(language));
            }
        }.add(visibleIfSignedIn()));
        add(schoolForm());
        add(navigation());
        add(new FeedbackPanel("feedback"));
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CSS));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        SecurityHeaders.contentSecurityPolicy(response);
    }

    /** @return whether the navigation and school switcher are shown; false on error and sign-in pages */
    protected boolean showNavigation() {
        return true;
    }

    /** @return the navigation key of the entry to highlight, {@code module/panel}, or null */
    protected String activeEntry() {
        return null;
    }

    /** @return whether someone is signed in */
    protected static boolean signedIn() {
        return PortalSession.get().isSignedIn();
    }

    /** @return the signed-in user, or null */
    protected static PortalUser user() {
        return PortalSession.get().user();
    }

    /**
     * Makes sure the session has a school the user may still see: keeps the current one, or takes the first of
     * the user's own schools, or the first school they may see (a supervisor with no school of their own).
     *
     * @return the current school, or empty when the user may see none
     */
    protected Optional<School> currentSchool() {
        PortalSession session = PortalSession.get();
        List<School> schools = visibleSchools.getObject();
        String current = session.schoolId();
        Optional<School> found = schools.stream().filter(s -> s.id().equals(current)).findFirst();
        if (found.isPresent()) {
            return found;
        }
        List<String> own = user().schoolIds();
        Optional<School> chosen = schools.stream().filter(s -> own.contains(s.id())).findFirst()
                .or(() -> schools.stream().findFirst());
        session.setSchoolId(chosen.map(School::id).orElse(null));
        return chosen;
    }

    /** @return the schools the user may see, loaded once per request */
    protected List<School> visibleSchools() {
        return visibleSchools.getObject();
    }

    private List<School> loadVisibleSchools() {
        return signedIn() ? permissions.get().visibleSchools(user()) : List.of();
    }

    /**
     * @param id     the Wicket id
     * @param locale the language the link switches the session to
     * @return a link that switches the language and shows this page again; a page that must stay stateless
     *         returns a bookmarkable link instead
     */
    protected AbstractLink languageLink(String id, Locale locale) {
        return new Link<Void>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                getSession().setLocale(locale);
            }
        };
    }

    /**
     * @param tag a language tag from a URL, or null
     * @return the portal language it names ({@code vi} or {@code en}), or empty
     */
    protected static Optional<Locale> supportedLocale(String tag) {
        if (VI.getLanguage().equals(tag)) {
            return Optional.of(VI);
        }
        return Locale.ENGLISH.getLanguage().equals(tag) ? Optional.of(Locale.ENGLISH) : Optional.empty();
    }

    private AbstractLink markActive(AbstractLink link, Locale locale) {
        link.add(AttributeModifier.append("class", LoadableDetachableModel.of(
                () -> locale.getLanguage().equals(getLocale().getLanguage()) ? "ct-active" : "")));
        return link;
    }

    private Form<Void> schoolForm() {
        Form<Void> form = new Form<>(SCHOOL_FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(showNavigation() && signedIn() && visibleSchools().size() > 1);
            }

            @Override
            protected void onSubmit() {
                setResponsePage(HomePage.class);
            }
        };
        IModel<School> selected = new IModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public School getObject() {
                return currentSchool().orElse(null);
            }

            @Override
            public void setObject(School school) {
                if (school != null && permissions.get().canSee(user(), school.id())) {
                    PortalSession.get().setSchoolId(school.id());
                }
            }
        };
        DropDownChoice<School> choice = new DropDownChoice<>("school", selected, visibleSchools,
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(School school) {
                        return school.name();
                    }

                    @Override
                    public String getIdValue(School school, int index) {
                        return school.id();
                    }
                });
        choice.setNullValid(false);
        choice.setLabel(new ResourceModel("school.switch"));
        form.add(choice);
        return form;
    }

    private WebMarkupContainer navigation() {
        WebMarkupContainer nav = new WebMarkupContainer("nav") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(showNavigation() && signedIn());
            }
        };
        nav.add(new BookmarkablePageLink<Void>("home", HomePage.class));
        nav.add(adminLink("admin", AdminModulesPage.class));
        nav.add(adminLink("backup", AdminBackupPage.class));
        nav.add(new ListView<>("entries", LoadableDetachableModel.of(this::navigationEntries)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<NavEntry> item) {
                NavEntry entry = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", ModulePage.class,
                        ModulePage.parameters(entry.module(), entry.panel()));
                link.add(new Label("title", entry.title()));
                if ((entry.module() + "/" + entry.panel()).equals(activeEntry())) {
                    link.add(AttributeModifier.append("class", "ct-active"));
                }
                item.add(link);
            }
        });
        return nav;
    }

    private static BookmarkablePageLink<Void> adminLink(String id, Class<? extends PortalPage> page) {
        return new BookmarkablePageLink<>(id, page) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(signedIn() && user().systemAdmin());
            }
        };
    }

    /**
     * Composed on every request: contributions come and go with their bundles, and switches and permissions
     * change while a page is open.
     */
    private List<NavEntry> navigationEntries() {
        if (!signedIn()) {
            return List.of();
        }
        Optional<School> school = currentSchool();
        if (school.isEmpty()) {
            return List.of();
        }
        Optional<PermissionService> permissionService = permissions.find();
        Optional<ModuleSwitchService> switchService = switches.find();
        if (permissionService.isEmpty() || switchService.isEmpty()) {
            return List.of();
        }
        String schoolId = school.get().id();
        List<NavEntry> entries = new ArrayList<>();
        for (PanelRegistry.RegisteredPanel panel : PortalApplication.get().panels().inSlot(PortalSlots.NAVIGATION)) {
            var descriptor = panel.descriptor();
            if (!switchService.get().isEnabled(descriptor.module(), schoolId)) {
                continue;
            }
            if (!descriptor.permission().isEmpty()
                    && !permissionService.get().isGranted(user(), descriptor.permission(), schoolId)) {
                continue;
            }
            entries.add(new NavEntry(descriptor.module(), descriptor.name(),
                    Titles.resolve(panel.contribution().getClass(), descriptor.titleKey(), getLocale())));
        }
        return entries;
    }

    private static org.apache.wicket.behavior.Behavior visibleIfSignedIn() {
        return new org.apache.wicket.behavior.Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onConfigure(org.apache.wicket.Component component) {
                component.setVisible(signedIn());
            }
        };
    }

    @Override
    protected void onDetach() {
        visibleSchools.detach();
        super.onDetach();
    }
}

package vn.edu.caitien.host.reference.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import vn.edu.caitien.host.reference.AccountService;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.ModuleRegistry;
import vn.edu.caitien.host.reference.PermissionServiceImpl;
import vn.edu.caitien.host.reference.testmodule.FakeBoardContribution;
import vn.edu.caitien.host.reference.testmodule.FakeModule;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.ServiceLocator;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * The portal application on fakes, reached through its {@link ServiceLocator} exactly as in OSGi, with the real
 * {@link PermissionServiceImpl}. Every account's password is {@value #PASSWORD}.
 */
final class TestPortal implements AutoCloseable {

    static final String PASSWORD = "demo";

    final Fakes.InMemoryDirectory directory = Fakes.directory();
    final Fakes.InMemorySwitches switches = new Fakes.InMemorySwitches();
    final ModuleRegistry modules = new ModuleRegistry();
    final PanelRegistry panels = new PanelRegistry();
    final DownloadRegistry downloads = new DownloadRegistry();
    final Map<Class<?>, Object> services = new HashMap<>();
    final WicketTester tester;

    TestPortal() {
        this(PortalSettings.DEFAULTS);
    }

    TestPortal(PortalSettings settings) {
        modules.register(new FakeModule());
        panels.add("board", FakeBoardContribution.PROPERTIES, new FakeBoardContribution());
        panels.add("card", FakeBoardContribution.HOME_PROPERTIES, new FakeBoardContribution());
        services.put(SchoolDirectory.class, directory);
        services.put(ModuleSwitchService.class, switches);
        services.put(ModuleRegistry.class, modules);
        services.put(PermissionService.class, new PermissionServiceImpl(directory, switches, modules));
        services.put(AccountService.class, new Accounts(List.of(Fakes.PRINCIPAL, Fakes.TEACHER, Fakes.WARD_OFFICER,
                Fakes.OTHER_WARD_OFFICER, Fakes.ADMIN)));
        services.put(SchemaMigrator.class, new Migrator());
        ServiceLocator locator = new ServiceLocator() {
            @Override
            public <T> Optional<T> find(Class<T> type) {
                return Optional.ofNullable(type.cast(services.get(type)));
            }
        };
        tester = new WicketTester(new PortalApplication(locator, panels, downloads, settings));
    }

    /** Signs in through the login page, in the session's current language. */
    void signIn(PortalUser user) {
        tester.startPage(LoginPage.class);
        FormTester form = tester.newFormTester(LoginPage.FORM);
        form.setValue("login", user.id());
        form.setValue("password", PASSWORD);
        form.submit();
    }

    void locale(Locale locale) {
        tester.getSession().setLocale(locale);
    }

    @Override
    public void close() {
        tester.destroy();
    }

    /** Accounts whose password is always {@link #PASSWORD}. */
    private record Accounts(List<PortalUser> users) implements AccountService {
        @Override
        public Optional<PortalUser> authenticate(String login, char[] password) {
            return PASSWORD.equals(new String(password)) ? user(login) : Optional.empty();
        }

        @Override
        public Optional<PortalUser> user(String login) {
            return users.stream().filter(u -> u.id().equals(login)).findFirst();
        }
    }

    /** Reports version 3 for every module. */
    private static final class Migrator implements SchemaMigrator {
        @Override
        public int migrate(String moduleId, Class<?> anchor) {
            return 3;
        }

        @Override
        public int currentVersion(String moduleId) {
            return 3;
        }

        @Override
        public List<AppliedMigration> applied(String moduleId) {
            return List.of();
        }
    }
}

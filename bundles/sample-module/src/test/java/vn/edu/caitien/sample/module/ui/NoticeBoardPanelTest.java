package vn.edu.caitien.sample.module.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.mock.MockApplication;
import org.apache.wicket.resource.loader.PackageStringResourceLoader;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.ui.ServiceLocator;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.sample.module.FakePermissions;
import vn.edu.caitien.sample.module.NoticeService;
import vn.edu.caitien.sample.module.NoticeServiceImpl;
import vn.edu.caitien.sample.module.NoticeStore;
import vn.edu.caitien.sample.module.NoticesModule;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class NoticeBoardPanelTest {

    private static final String SCHOOL_ID = "thcs-kinhbac";
    private static final School SCHOOL = new School(SCHOOL_ID, "Trường THCS Kinh Bắc", Set.of(SchoolLevel.THCS),
            "THCSKB", "UBND PHƯỜNG KINH BẮC", java.util.List.of("ubnd-kinhbac"));
    private static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            java.util.List.of());
    private static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            java.util.List.of());

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private WicketTester tester;
    private NoticeService service;

    /** A bare application whose services come from a map, as a host's would come from OSGi. */
    static final class TestApplication extends MockApplication implements ServiceLocator.Provider {
        private final Map<Class<?>, Object> services;

        TestApplication(Map<Class<?>, Object> services) {
            this.services = services;
        }

        @Override
        public ServiceLocator serviceLocator() {
            return new ServiceLocator() {
                @Override
                public <T> Optional<T> find(Class<T> type) {
                    return Optional.ofNullable(type.cast(services.get(type)));
                }
            };
        }

        @Override
        public Class<? extends Page> getHomePage() {
            return WebPage.class;
        }

        @Override
        protected void init() {
            super.init();
            getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
        }
    }

    @BeforeEach
    void setUp() {
        FakePermissions permissions = new FakePermissions()
                .grant(PRINCIPAL, SCHOOL_ID, NoticeService.VIEW, NoticeService.POST)
                .grant(TEACHER, SCHOOL_ID, NoticeService.VIEW);
        service = new NoticeServiceImpl(new NoticeStore(db, new SchemaMigratorImpl(db)), permissions);
        tester = new WicketTester(new TestApplication(Map.of(NoticeService.class, service)));
        tester.getSession().setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void tearDown() {
        tester.destroy();
    }

    @Test
    void listsNoticesNewestFirstWithVietnameseDates() {
        service.post(PRINCIPAL, SCHOOL_ID, "Thông báo thứ nhất", "Nội dung");
        service.post(PRINCIPAL, SCHOOL_ID, "Thông báo thứ hai", "");
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDateTime.now(Clock.systemDefaultZone()));

        tester.startComponentInPage(new NoticeBoardPanel("panel", context(TEACHER, Set.of(NoticeService.VIEW))));

        tester.assertLabel("panel:" + NoticeBoardPanel.NOTICES + ":0:title", "Thông báo thứ hai");
        tester.assertLabel("panel:" + NoticeBoardPanel.NOTICES + ":1:title", "Thông báo thứ nhất");
        String date = tester.getComponentFromLastRenderedPage("panel:" + NoticeBoardPanel.NOTICES + ":0:date")
                .getDefaultModelObjectAsString();
        assertThat(date).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").startsWith(today);
        tester.assertInvisible("panel:" + NoticeBoardPanel.FORM);
        tester.assertInvisible("panel:empty");
    }

    @Test
    void anEmptyBoardSaysSoInBothLanguages() {
        tester.startComponentInPage(new NoticeBoardPanel("panel", context(TEACHER, Set.of(NoticeService.VIEW))));
        tester.assertLabel("panel:empty", "Nhà trường chưa đăng thông báo nào.");

        tester.getSession().setLocale(Locale.ENGLISH);
        tester.startComponentInPage(new NoticeBoardPanel("panel", context(TEACHER, Set.of(NoticeService.VIEW))));
        tester.assertLabel("panel:empty", "No notices have been posted for this school yet.");
    }

    @Test
    void principalPostsANotice() {
        tester.startComponentInPage(new NoticeBoardPanel("panel",
                context(PRINCIPAL, Set.of(NoticeService.VIEW, NoticeService.POST))));
        FormTester form = tester.newFormTester("panel:" + NoticeBoardPanel.FORM);
        form.setValue("title", "Lịch kiểm tra giữa kỳ");
        form.setValue("body", "Từ 03/11 đến 07/11.");
        form.submit();

        tester.assertNoErrorMessage();
        assertThat(service.list(PRINCIPAL, SCHOOL_ID)).hasSize(1);
        tester.assertLabel("panel:" + NoticeBoardPanel.NOTICES + ":0:title", "Lịch kiểm tra giữa kỳ");
        tester.assertLabel("panel:" + NoticeBoardPanel.NOTICES + ":0:author", "Nguyễn Văn An");
        assertThat(((ListView<?>) tester.getComponentFromLastRenderedPage("panel:" + NoticeBoardPanel.NOTICES))
                .size()).isEqualTo(1);
    }

    @Test
    void validationMessagesAreTranslated() {
        tester.startComponentInPage(new NoticeBoardPanel("panel",
                context(PRINCIPAL, Set.of(NoticeService.VIEW, NoticeService.POST))));
        FormTester form = tester.newFormTester("panel:" + NoticeBoardPanel.FORM);
        form.setValue("title", "");
        form.submit();
        tester.assertErrorMessages("Tiêu đề là bắt buộc.");

        form = tester.newFormTester("panel:" + NoticeBoardPanel.FORM);
        form.setValue("title", "a".repeat(201));
        form.submit();
        tester.assertErrorMessages("Tiêu đề không được dài quá 200 ký tự.");

        tester.getSession().setLocale(Locale.ENGLISH);
        tester.startComponentInPage(new NoticeBoardPanel("panel",
                context(PRINCIPAL, Set.of(NoticeService.VIEW, NoticeService.POST))));
        form = tester.newFormTester("panel:" + NoticeBoardPanel.FORM);
        form.setValue("title", "");
        form.submit();
        tester.assertErrorMessages("Title is required.");
        assertThat(service.list(PRINCIPAL, SCHOOL_ID)).isEmpty();
    }

    @Test
    void titleOfModuleAndContributionComeFromTheBundlesOwnMessages() {
        tester.startComponentInPage(new NoticeBoardPanel("panel", context(TEACHER, Set.of(NoticeService.VIEW))));
        PackageStringResourceLoader loader = new PackageStringResourceLoader();

        assertThat(loader.loadStringResource(NoticeBoardContribution.class, "notices.title",
                Locale.forLanguageTag("vi"), null, null)).isEqualTo("Bảng tin nhà trường");
        assertThat(loader.loadStringResource(NoticesModule.class, "notices.title", Locale.ENGLISH, null, null))
                .isEqualTo("School noticeboard");
    }

    private static PortalContext context(PortalUser user, Set<String> permissions) {
        return new PortalContext(user, SCHOOL, permissions, Locale.forLanguageTag("vi"));
    }
}

package vn.edu.caitien.sample.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class NoticeServiceImplTest {

    static final String SCHOOL = "thcs-kinhbac";
    static final String OTHER = "th-kinhbac";
    static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(SCHOOL, PortalRole.PRINCIPAL)));
    static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school(SCHOOL, PortalRole.TEACHER)));
    static final PortalUser OTHER_PRINCIPAL = new PortalUser("hieutruong.th", "Hoàng Văn Bình", false,
            List.of(Membership.school(OTHER, PortalRole.PRINCIPAL)));

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private final FakePermissions permissions = new FakePermissions()
            .grant(PRINCIPAL, SCHOOL, NoticeService.VIEW, NoticeService.POST)
            .grant(TEACHER, SCHOOL, NoticeService.VIEW)
            .grant(OTHER_PRINCIPAL, OTHER, NoticeService.VIEW, NoticeService.POST);
    private NoticeStore store;
    private NoticeServiceImpl service;

    @BeforeEach
    void setUp() {
        store = new NoticeStore(db, new SchemaMigratorImpl(db));
        service = new NoticeServiceImpl(store, permissions,
                Clock.fixed(Instant.parse("2025-09-05T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void postedNoticesAreListedNewestFirst() {
        Notice first = service.post(PRINCIPAL, SCHOOL, "Lịch họp hội đồng", "Thứ Hai, 8 giờ.");
        Notice second = service.post(PRINCIPAL, SCHOOL, "Kế hoạch cải tiến năm học 2025-2026", "");

        assertThat(first.id()).isPositive();
        assertThat(second.createdAt()).hasToString("2025-09-05T08:30");
        assertThat(service.list(TEACHER, SCHOOL)).extracting(Notice::id).containsExactly(second.id(), first.id());
        assertThat(service.list(TEACHER, SCHOOL).get(1).author()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void textIsNfcNormalisedAndTrimmed() {
        String decomposed = "Tie\u0302\u0301u \u0111e\u0302\u0300";
        Notice notice = service.post(PRINCIPAL, SCHOOL, "  " + decomposed + "  ", decomposed);

        assertThat(notice.title()).isEqualTo("Tiếu đề");
        assertThat(service.find(TEACHER, SCHOOL, notice.id()).orElseThrow().body()).isEqualTo("Tiếu đề");
    }

    @Test
    void everyMethodChecksPermissions() {
        assertThatThrownBy(() -> service.post(TEACHER, SCHOOL, "Tiêu đề", "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(OTHER_PRINCIPAL, SCHOOL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.find(OTHER_PRINCIPAL, SCHOOL, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNoticeOfAnotherSchoolIsNeverReturned() {
        Notice other = service.post(OTHER_PRINCIPAL, OTHER, "Thông báo trường tiểu học", "");
        service.post(PRINCIPAL, SCHOOL, "Thông báo trường THCS", "");

        assertThat(service.find(PRINCIPAL, SCHOOL, other.id())).isEmpty();
        assertThat(service.list(PRINCIPAL, SCHOOL)).extracting(Notice::schoolId).containsOnly(SCHOOL);
    }

    @Test
    void blankOrTooLongTextIsRefused() {
        assertThatThrownBy(() -> service.post(PRINCIPAL, SCHOOL, "   ", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.post(PRINCIPAL, SCHOOL, "a".repeat(201), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.post(PRINCIPAL, SCHOOL, "Tiêu đề", "a".repeat(4001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void purgeDeletesOnlyThatSchoolsNotices() {
        service.post(PRINCIPAL, SCHOOL, "Một", "");
        service.post(PRINCIPAL, SCHOOL, "Hai", "");
        service.post(OTHER_PRINCIPAL, OTHER, "Ba", "");
        NoticesModule module = new NoticesModule(store);

        assertThat(module.purgeSchoolData(SCHOOL)).isEqualTo(2);
        assertThat(service.list(PRINCIPAL, SCHOOL)).isEmpty();
        assertThat(service.list(OTHER_PRINCIPAL, OTHER)).hasSize(1);
    }

    @Test
    void moduleDeclaresItsPermissions() {
        NoticesModule module = new NoticesModule(store);

        assertThat(module.id()).isEqualTo("notices");
        assertThat(module.permissions()).extracting(p -> p.key())
                .containsExactly(NoticeService.VIEW, NoticeService.POST);
        assertThat(module.permissions().get(0).defaultRoles()).contains(PortalRole.TEACHER, PortalRole.STAFF)
                .doesNotContain(PortalRole.SUPERVISOR);
        assertThat(module.permissions().get(1).defaultRoles())
                .containsExactlyInAnyOrder(PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL);
    }
}

package vn.edu.caitien.host.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/** In-memory stand-ins for the host's services, and a small world of schools and users to test against. */
public final class Fakes {

    public static final String WARD = "ubnd-kinhbac";
    public static final String OTHER_WARD = "ubnd-dapcau";
    public static final String PROVINCE = "so-bacninh";
    public static final String THCS = "thcs-kinhbac";
    public static final String TH = "th-kinhbac";
    public static final String OTHER_SCHOOL = "thcs-dapcau";

    public static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));
    public static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school(THCS, PortalRole.TEACHER)));
    public static final PortalUser WARD_OFFICER = new PortalUser("phuong", "Lê Văn Hùng", false,
            List.of(Membership.body(WARD, PortalRole.SUPERVISOR)));
    public static final PortalUser OTHER_WARD_OFFICER = new PortalUser("dapcau", "Ngô Thị Hạnh", false,
            List.of(Membership.body(OTHER_WARD, PortalRole.SUPERVISOR)));
    public static final PortalUser ADMIN = new PortalUser("admin", "Quản trị hệ thống", true, List.of());

    private Fakes() {
    }

    /** @return a directory with two schools under the ward and the province, and one under another ward */
    public static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        directory.add(new SupervisingBody(PROVINCE, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH", BodyKind.PROVINCIAL_DEPARTMENT));
        directory.add(new SupervisingBody(WARD, "UBND PHƯỜNG KINH BẮC", BodyKind.COMMUNE_COMMITTEE));
        directory.add(new SupervisingBody(OTHER_WARD, "UBND PHƯỜNG ĐÁP CẦU", BodyKind.COMMUNE_COMMITTEE));
        directory.add(new School(THCS, "Trường THCS Kinh Bắc", Set.of(SchoolLevel.THCS), "THCSKB",
                "UBND PHƯỜNG KINH BẮC", List.of(WARD, PROVINCE)));
        directory.add(new School(TH, "Trường Tiểu học Kinh Bắc", Set.of(SchoolLevel.TH), "THKB",
                "UBND PHƯỜNG KINH BẮC", List.of(WARD, PROVINCE)));
        directory.add(new School(OTHER_SCHOOL, "Trường THCS Đáp Cầu", Set.of(SchoolLevel.THCS), "THCSDC",
                "UBND PHƯỜNG ĐÁP CẦU", List.of(OTHER_WARD, PROVINCE)));
        List.of(PRINCIPAL, TEACHER, WARD_OFFICER, OTHER_WARD_OFFICER, ADMIN).forEach(directory::add);
        return directory;
    }

    /** A directory kept in maps; schools sorted by name with a Vietnamese collator, like the database does. */
    public static final class InMemoryDirectory implements SchoolDirectory {
        private final Map<String, School> schools = new ConcurrentHashMap<>();
        private final Map<String, SupervisingBody> bodies = new ConcurrentHashMap<>();
        private final Map<String, PortalUser> users = new ConcurrentHashMap<>();

        public void add(School school) {
            schools.put(school.id(), school);
        }

        public void add(SupervisingBody body) {
            bodies.put(body.id(), body);
        }

        /** Adds a user whose school memberships make them staff of those schools. */
        public void add(PortalUser user) {
            users.put(user.id(), user);
        }

        @Override
        public Optional<School> school(String schoolId) {
            return Optional.ofNullable(schoolId == null ? null : schools.get(schoolId));
        }

        @Override
        public List<School> schools() {
            java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
            List<School> sorted = new ArrayList<>(schools.values());
            sorted.sort(Comparator.comparing(School::name, collator));
            return sorted;
        }

        @Override
        public Optional<SupervisingBody> body(String bodyId) {
            return Optional.ofNullable(bodyId == null ? null : bodies.get(bodyId));
        }

        @Override
        public List<School> schoolsSupervisedBy(String bodyId) {
            return schools().stream().filter(s -> s.isSupervisedBy(bodyId)).toList();
        }

        @Override
        public List<StaffMember> staff(String schoolId) {
            java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
            return users.values().stream().filter(u -> u.schoolIds().contains(schoolId))
                    .map(u -> new StaffMember(u.id(), u.displayName(), u.memberships().stream()
                            .filter(m -> !m.isBody() && m.orgId().equals(schoolId))
                            .flatMap(m -> m.roles().stream()).collect(java.util.stream.Collectors.toSet())))
                    .sorted(Comparator.comparing(StaffMember::displayName, collator).thenComparing(StaffMember::userId))
                    .toList();
        }
    }

    /** Switches kept in a map; only administrators may change them, like the real service. */
    public static final class InMemorySwitches implements ModuleSwitchService {
        private final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
        private final Map<String, Integer> purged = new HashMap<>();

        @Override
        public boolean isEnabled(String moduleId, String schoolId) {
            return enabled.getOrDefault(moduleId + "@" + schoolId, true);
        }

        @Override
        public void setEnabled(String moduleId, String schoolId, boolean on, PortalUser actor) {
            if (!actor.systemAdmin()) {
                throw new AccessDeniedException("portal.modules.manage", actor.id());
            }
            enabled.put(moduleId + "@" + schoolId, on);
        }

        @Override
        public int purgeSchoolData(String moduleId, String schoolId, PortalUser actor, String reason) {
            if (!actor.systemAdmin()) {
                throw new AccessDeniedException("portal.modules.manage", actor.id());
            }
            purged.merge(moduleId + "@" + schoolId, 1, Integer::sum);
            return 3;
        }

        /** @return how often a school's data of a module was purged */
        public int purges(String moduleId, String schoolId) {
            return purged.getOrDefault(moduleId + "@" + schoolId, 0);
        }
    }

    /** A module declaring the permissions of a typical plan module. */
    public static final class PlanModule implements PortalModule {
        public static final String VIEW = "plan.view";
        public static final String EDIT = "plan.edit";
        public static final String REVIEW = "plan.review";

        private final List<String> purgedSchools = new ArrayList<>();

        @Override
        public String id() {
            return "plan";
        }

        @Override
        public String titleKey() {
            return "plan.title";
        }

        @Override
        public List<PermissionDefinition> permissions() {
            return List.of(
                    PermissionDefinition.read(VIEW, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                            PortalRole.TEACHER, PortalRole.SUPERVISOR),
                    PermissionDefinition.write(EDIT, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL),
                    PermissionDefinition.write(REVIEW, PortalRole.SUPERVISOR));
        }

        @Override
        public int purgeSchoolData(String schoolId) {
            purgedSchools.add(schoolId);
            return 7;
        }

        public List<String> purgedSchools() {
            return purgedSchools;
        }
    }

    /** A database whose backup writes a 1536-byte file where Derby would put the database. */
    public static final class MarkerDatabase implements PortalDatabase {
        @Override
        public DataSource dataSource() {
            throw new UnsupportedOperationException("not needed by backups");
        }

        @Override
        public String databaseId() {
            return DERBY;
        }

        @Override
        public Path backup(Path targetDirectory) {
            Path database = targetDirectory.resolve("caitien");
            try {
                Files.createDirectories(database.resolve("seg0"));
                Files.write(database.resolve("seg0").resolve("c10.dat"), new byte[1536]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return database;
        }
    }

    /** Refuses every backup, as PostgreSQL does and as Derby does when the disk is full. */
    public record RefusingDatabase(String databaseId) implements PortalDatabase {
        @Override
        public DataSource dataSource() {
            throw new UnsupportedOperationException("not needed by backups");
        }

        @Override
        public Path backup(Path targetDirectory) {
            throw new IllegalStateException("refused");
        }
    }
}

package vn.edu.caitien.monitoring.impl;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.portal.api.Access;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.testsupport.TestDatabase;

/**
 * The plan fixtures' schools and users, plus a monitoring-team member, a provincial department over every school and
 * two more schools under it; the host's permission rule over the plan and monitoring modules' default grants; the
 * monitoring services over a test database with the real plan service. Shared with monitoring-ui's tests and the bench
 * through the test jar.
 */
public final class MonitoringFixtures {

    /** The provincial department: supervises every school here. */
    public static final String PROVINCE = "so-gd-bn";
    /** The ward of {@link PlanFixtures#THCS}. */
    public static final String WARD = "ubnd-an-binh";

    /** Trường THCS An Bình (plan fixtures), also under the province. */
    public static final School THCS = with(PlanFixtures.THCS, PROVINCE);
    /** Trường Tiểu học Hoa Sen (plan fixtures), also under the province. */
    public static final School TH = with(PlanFixtures.TH, PROVINCE);
    /** Two more schools under the ward and the province, for roll-ups. */
    public static final School MN = new School("mn-sen-hong", "Trường Mầm non Sen Hồng", Set.of(SchoolLevel.MN),
            "MNSH", "UBND PHƯỜNG AN BÌNH", List.of(WARD, PROVINCE));
    public static final School THPT = new School("thpt-bac-ninh", "Trường THPT Bắc Ninh", Set.of(SchoolLevel.THPT),
            "THPTBN", "SỞ GD&ĐT BẮC NINH", List.of(PROVINCE));

    public static final PortalUser PRINCIPAL = PlanFixtures.PRINCIPAL;
    public static final PortalUser VICE = PlanFixtures.VICE;
    public static final PortalUser TEACHER = PlanFixtures.TEACHER;
    public static final PortalUser OTHER_TEACHER = PlanFixtures.OTHER_TEACHER;
    /** The ward officer. */
    public static final PortalUser WARD_OFFICER = PlanFixtures.SUPERVISOR;
    public static final PortalUser TEAM = new PortalUser("ts-ab", "Ngô Thị Lan", false,
            List.of(Membership.school(THCS.id(), PortalRole.MONITORING_TEAM, PortalRole.TEACHER)));
    public static final PortalUser PROVINCE_OFFICER = new PortalUser("cb-so", "Hoàng Minh Đức", false,
            List.of(Membership.body(PROVINCE, PortalRole.SUPERVISOR)));

    /** 20/01/2026 10:00 in Hà Nội: end of semester I of 2025-2026. */
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 1, 20, 10, 0)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

    private MonitoringFixtures() {
    }

    private static School with(School s, String body) {
        List<String> sup = Stream.concat(s.supervisorIds().stream(), Stream.of(body)).toList();
        return new School(s.id(), s.name(), s.levels(), s.documentSymbol(), s.parentBody(), sup);
    }

    /** The schools and bodies. */
    public static SchoolDirectory directory() {
        SchoolDirectory plans = PlanFixtures.directory();
        return new SchoolDirectory() {
            @Override
            public Optional<School> school(String schoolId) {
                return schools().stream().filter(s -> s.id().equals(schoolId)).findFirst();
            }

            @Override
            public List<School> schools() {
                java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
                return Stream.of(THCS, TH, MN, THPT).sorted(java.util.Comparator.comparing(School::name, vi)).toList();
            }

            @Override
            public Optional<SupervisingBody> body(String bodyId) {
                if (bodyId.equals(PROVINCE)) {
                    return Optional.of(new SupervisingBody(PROVINCE, "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH",
                            BodyKind.PROVINCIAL_DEPARTMENT));
                }
                return schools().stream().anyMatch(s -> s.isSupervisedBy(bodyId))
                        ? Optional.of(new SupervisingBody(bodyId, "UBND PHƯỜNG AN BÌNH", BodyKind.COMMUNE_COMMITTEE))
                        : Optional.empty();
            }

            @Override
            public List<School> schoolsSupervisedBy(String bodyId) {
                return schools().stream().filter(s -> s.isSupervisedBy(bodyId)).toList();
            }

            @Override
            public List<StaffMember> staff(String schoolId) {
                return plans.staff(schoolId);
            }
        };
    }

    /** The host rule of {@link PermissionService} over the plan and monitoring modules' declared defaults. */
    public static PermissionService permissions() {
        Map<String, PermissionDefinition> defs = new HashMap<>();
        new MonitoringModule((MonitoringStore) null).permissions().forEach(d -> defs.put(d.key(), d));
        // The plan module's keys: the plan fixtures' own rule, as the plan service under test sees them.
        PermissionService plan = PlanFixtures.permissions();
        SchoolDirectory directory = directory();
        return new PermissionService() {
            @Override
            public boolean isGranted(PortalUser user, String key, String schoolId) {
                if (key.startsWith("plan.")) {
                    return plan.isGranted(user, key, schoolId);
                }
                PermissionDefinition def = defs.get(key);
                School school = directory.school(schoolId).orElse(null);
                if (def == null || school == null) {
                    return false;
                }
                for (Membership m : user.memberships()) {
                    boolean role = m.roles().stream().anyMatch(def.defaultRoles()::contains);
                    if (!m.isBody() && m.orgId().equals(schoolId) && role) {
                        return true;
                    }
                    if (m.isBody() && school.isSupervisedBy(m.orgId()) && role
                            && (def.access() == Access.READ || def.defaultRoles().contains(PortalRole.SUPERVISOR))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public Set<String> grantedPermissions(PortalUser user, String schoolId) {
                Set<String> all = new java.util.HashSet<>(plan.grantedPermissions(user, schoolId));
                defs.keySet().stream().filter(k -> isGranted(user, k, schoolId)).forEach(all::add);
                return all;
            }

            @Override
            public List<School> visibleSchools(PortalUser user) {
                return directory.schools().stream().filter(s -> canSee(user, s.id())).toList();
            }

            @Override
            public boolean canSee(PortalUser user, String schoolId) {
                return isGranted(user, "monitoring.view", schoolId) || isGranted(user, "plan.view", schoolId);
            }
        };
    }

    /** @return the monitoring store over the test database, migrated */
    public static MonitoringStore store(TestDatabase db) {
        db.migrate("monitoring", MonitoringServiceImpl.class);
        return new MonitoringStore(db.sqlSessionFactory(MonitoringStore.MAPPERS, MonitoringStore.ALIASES));
    }

    /** @return the monitoring service over the test database and a plan service, at {@link #CLOCK} */
    public static MonitoringServiceImpl monitoring(TestDatabase db, PlanService plans) {
        MonitoringStore store = store(db);
        if (plans instanceof vn.edu.caitien.plan.impl.PlanServiceImpl impl) {
            // As in the container: the plan service tells monitoring of every change (whiteboard PlanListener).
            impl.addListener(new PlanStateListener(store, CLOCK));
        }
        return new MonitoringServiceImpl(store, plans, permissions(), directory(), CLOCK, 14);
    }

    /** @return the monitoring service over a store with another host (the bench: thousands of schools) */
    public static MonitoringServiceImpl monitoring(MonitoringStore store, PlanService plans,
                                                   PermissionService permissions, SchoolDirectory directory,
                                                   Clock clock) {
        return new MonitoringServiceImpl(store, plans, permissions, directory, clock, 14);
    }

    /** @return the evidence service, files up to {@code maxMb} */
    public static EvidenceServiceImpl evidence(TestDatabase db, PlanService plans, int maxMb) {
        return new EvidenceServiceImpl(store(db), plans, permissions(), directory(), CLOCK,
                new EvidenceServiceImpl.Config() {
                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return EvidenceServiceImpl.Config.class;
                    }

                    @Override
                    public int max_file_mb() {
                        return maxMb;
                    }

                    @Override
                    public int max_zip_entries() {
                        return 100;
                    }

                    @Override
                    public int max_unzipped_mb() {
                        return 5;
                    }
                });
    }
}

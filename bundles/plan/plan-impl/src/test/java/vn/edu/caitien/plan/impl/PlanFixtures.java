package vn.edu.caitien.plan.impl;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.LevelRules;
import vn.edu.caitien.catalogue.impl.CatalogueServiceImpl;
import vn.edu.caitien.catalogue.impl.LevelRulesImpl;
import vn.edu.caitien.plan.impl.db.PlanStore;
import vn.edu.caitien.portal.api.Access;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.SupervisingBody;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.SchemaMigrator;
import vn.edu.caitien.testsupport.TestDatabase;

/**
 * Made-up schools and users, the host's permission rule over the plan module's default grants, and the plan
 * service built over a test database with the real catalogue (shipped catalogues loaded). Shared with plan-ui's
 * tests and the bench through the test jar.
 */
public final class PlanFixtures {

    /** A lower-secondary school supervised by a ward committee. */
    public static final School THCS = new School("thcs-an-binh", "Trường THCS An Bình", Set.of(SchoolLevel.THCS),
            "THCSAB", "UBND PHƯỜNG AN BÌNH", List.of("ubnd-an-binh"));
    /** A primary school with another supervisor. */
    public static final School TH = new School("th-hoa-sen", "Trường Tiểu học Hoa Sen", Set.of(SchoolLevel.TH),
            "THHS", "UBND XÃ HOA SEN", List.of("ubnd-hoa-sen"));

    public static final PortalUser PRINCIPAL = user("ht-ab", "Lê Văn Hòa", Membership.school(THCS.id(), PortalRole.PRINCIPAL));
    public static final PortalUser VICE = user("pht-ab", "Trần Thị Mai", Membership.school(THCS.id(), PortalRole.VICE_PRINCIPAL));
    public static final PortalUser TEACHER = user("gv-ab", "Phạm Minh Châu", Membership.school(THCS.id(), PortalRole.TEACHER));
    public static final PortalUser OTHER_TEACHER = user("gv-hs", "Đỗ Thu Hà", Membership.school(TH.id(), PortalRole.TEACHER));
    public static final PortalUser SUPERVISOR = user("cb-ab", "Vũ Quốc Huy", Membership.body("ubnd-an-binh", PortalRole.SUPERVISOR));

    private PlanFixtures() {
    }

    private static PortalUser user(String id, String name, Membership membership) {
        return new PortalUser(id, name, false, List.of(membership));
    }

    /** The host rule of {@link PermissionService} over the plan module's declared defaults. */
    public static PermissionService permissions() {
        Map<String, PermissionDefinition> defs = new PlanModule((PlanStore) null).permissions().stream()
                .collect(Collectors.toMap(PermissionDefinition::key, d -> d));
        return new PermissionService() {
            @Override
            public boolean isGranted(PortalUser user, String key, String schoolId) {
                PermissionDefinition def = defs.get(key);
                School school = directory().school(schoolId).orElse(null);
                if (def == null || school == null) {
                    return false;
                }
                for (Membership m : user.memberships()) {
                    if (!m.isBody() && m.orgId().equals(schoolId)
                            && m.roles().stream().anyMatch(def.defaultRoles()::contains)) {
                        return true;
                    }
                    if (m.isBody() && school.isSupervisedBy(m.orgId())
                            && m.roles().stream().anyMatch(def.defaultRoles()::contains)
                            && (def.access() == Access.READ || def.defaultRoles().contains(PortalRole.SUPERVISOR))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public Set<String> grantedPermissions(PortalUser user, String schoolId) {
                return defs.keySet().stream().filter(k -> isGranted(user, k, schoolId)).collect(Collectors.toSet());
            }

            @Override
            public List<School> visibleSchools(PortalUser user) {
                return directory().schools().stream().filter(s -> canSee(user, s.id())).toList();
            }

            @Override
            public boolean canSee(PortalUser user, String schoolId) {
                return isGranted(user, "plan.view", schoolId);
            }
        };
    }

    /** The two schools and their bodies. */
    public static SchoolDirectory directory() {
        return new SchoolDirectory() {
            @Override
            public Optional<School> school(String schoolId) {
                return schools().stream().filter(s -> s.id().equals(schoolId)).findFirst();
            }

            @Override
            public List<School> schools() {
                return List.of(THCS, TH);
            }

            @Override
            public Optional<SupervisingBody> body(String bodyId) {
                return Optional.of(new SupervisingBody(bodyId, bodyId.toUpperCase(), BodyKind.COMMUNE_COMMITTEE));
            }

            @Override
            public List<School> schoolsSupervisedBy(String bodyId) {
                return schools().stream().filter(s -> s.isSupervisedBy(bodyId)).toList();
            }

            /** The school members among the fixtures' users, by name in Vietnamese order. */
            @Override
            public List<StaffMember> staff(String schoolId) {
                java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
                return java.util.stream.Stream.of(PRINCIPAL, VICE, TEACHER, OTHER_TEACHER)
                        .filter(u -> u.schoolIds().contains(schoolId))
                        .map(u -> new StaffMember(u.id(), u.displayName(), u.rolesIn(schoolId)))
                        .sorted(java.util.Comparator.comparing(StaffMember::displayName, collator))
                        .toList();
            }
        };
    }

    /** The real catalogue over the test database, shipped catalogues loaded. */
    public static CatalogueService catalogue(TestDatabase db) {
        SchemaMigrator migrator = new SchemaMigrator() {
            @Override
            public int migrate(String moduleId, Class<?> anchor) {
                return db.migrate(moduleId, anchor);
            }

            @Override
            public int currentVersion(String moduleId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AppliedMigration> applied(String moduleId) {
                throw new UnsupportedOperationException();
            }
        };
        return new CatalogueServiceImpl(db, migrator, new CatalogueServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogueServiceImpl.Config.class;
            }

            @Override
            public int max_import_bytes() {
                return 2 * 1024 * 1024;
            }

            @Override
            public boolean load_shipped() {
                return true;
            }
        });
    }

    /** @return the plan service over the test database, migrated as on activation */
    public static PlanServiceImpl service(TestDatabase db) {
        return service(db, catalogue(db));
    }

    /** @return the plan service over the test database with a given catalogue */
    public static PlanServiceImpl service(TestDatabase db, CatalogueService catalogue) {
        db.migrate(PlanModule.ID, PlanServiceImpl.class);
        LevelRules rules = new LevelRulesImpl();
        return new PlanServiceImpl(new PlanStore(db.sqlSessionFactory(PlanStore.MAPPERS, PlanStore.ALIASES)),
                permissions(), directory(), catalogue, rules, Clock.systemUTC());
    }
}

package vn.edu.caitien.host.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.db.BodyRow;
import vn.edu.caitien.host.reference.db.DirectoryMapper;
import vn.edu.caitien.host.reference.db.SchoolLevelRow;
import vn.edu.caitien.host.reference.db.SchoolRow;
import vn.edu.caitien.host.reference.db.SchoolSupervisorRow;
import vn.edu.caitien.host.reference.db.StaffRow;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SupervisingBody;

/**
 * {@link SchoolDirectory} over {@code PORTAL.SCHOOL} and its satellite tables. Reads on every call: the tables are
 * small, and an administrator's change is then visible at once. Vietnamese name order comes from the database
 * collation.
 */
@Component(service = SchoolDirectory.class)
public final class SchoolDirectoryImpl implements SchoolDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolDirectoryImpl.class);

    private final HostStore store;

    /** @param store the host's tables */
    @Activate
    public SchoolDirectoryImpl(@Reference HostStore store) {
        this.store = store;
    }

    @Override
    public Optional<School> school(String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            return Optional.empty();
        }
        try (SqlSession session = store.openSession()) {
            DirectoryMapper mapper = session.getMapper(DirectoryMapper.class);
            SchoolRow row = mapper.findSchool(schoolId);
            return row == null ? Optional.empty() : assemble(mapper, List.of(row)).stream().findFirst();
        }
    }

    @Override
    public List<School> schools() {
        try (SqlSession session = store.openSession()) {
            DirectoryMapper mapper = session.getMapper(DirectoryMapper.class);
            return assemble(mapper, mapper.findSchools());
        }
    }

    @Override
    public Optional<SupervisingBody> body(String bodyId) {
        if (bodyId == null || bodyId.isBlank()) {
            return Optional.empty();
        }
        try (SqlSession session = store.openSession()) {
            BodyRow row = session.getMapper(DirectoryMapper.class).findBody(bodyId);
            return Optional.ofNullable(row)
                    .map(r -> new SupervisingBody(r.id(), r.name(), parseKind(r)));
        }
    }

    @Override
    public List<School> schoolsSupervisedBy(String bodyId) {
        if (bodyId == null || bodyId.isBlank()) {
            return List.of();
        }
        try (SqlSession session = store.openSession()) {
            DirectoryMapper mapper = session.getMapper(DirectoryMapper.class);
            return assemble(mapper, mapper.findSchoolsSupervisedBy(bodyId));
        }
    }

    @Override
    public List<StaffMember> staff(String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            return List.of();
        }
        List<StaffRow> rows;
        try (SqlSession session = store.openSession()) {
            rows = session.getMapper(DirectoryMapper.class).findStaff(schoolId);
        }
        // One row per role, already in name order: grouping by login in encounter order keeps that order.
        Map<String, List<StaffRow>> byLogin = rows.stream()
                .collect(Collectors.groupingBy(StaffRow::login, LinkedHashMap::new, Collectors.toList()));
        List<StaffMember> staff = new ArrayList<>(byLogin.size());
        byLogin.forEach((login, roles) -> {
            Set<PortalRole> known = EnumSet.noneOf(PortalRole.class);
            for (StaffRow r : roles) {
                try {
                    known.add(PortalRole.valueOf(r.role()));
                } catch (IllegalArgumentException unknown) {
                    LOG.warn("Account {} has an unknown role {} in school {}", login, r.role(), schoolId);
                }
            }
            staff.add(new StaffMember(login, roles.get(0).displayName(), known));
        });
        return List.copyOf(staff);
    }

    /** Keeps the order of {@code rows}; a school whose levels are missing or unknown is skipped with a warning. */
    private static List<School> assemble(DirectoryMapper mapper, List<SchoolRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<SchoolLevelRow>> levels = mapper.findLevels().stream()
                .collect(Collectors.groupingBy(SchoolLevelRow::schoolId));
        Map<String, List<String>> supervisors = mapper.findSupervisors().stream()
                .collect(Collectors.groupingBy(SchoolSupervisorRow::schoolId,
                        Collectors.mapping(SchoolSupervisorRow::bodyId, Collectors.toList())));
        List<School> schools = new ArrayList<>(rows.size());
        for (SchoolRow row : rows) {
            Set<SchoolLevel> schoolLevels = EnumSet.noneOf(SchoolLevel.class);
            for (SchoolLevelRow level : levels.getOrDefault(row.id(), List.of())) {
                try {
                    schoolLevels.add(SchoolLevel.valueOf(level.levelCode()));
                } catch (IllegalArgumentException unknown) {
                    LOG.warn("School {} has an unknown level code {}", row.id(), level.levelCode());
                }
            }
            if (schoolLevels.isEmpty()) {
                LOG.warn("School {} has no level and is left out", row.id());
                continue;
            }
            schools.add(new School(row.id(), row.name(), schoolLevels, row.documentSymbol(), row.parentBody(),
                    supervisors.getOrDefault(row.id(), List.of())));
        }
        return List.copyOf(schools);
    }

    private static BodyKind parseKind(BodyRow row) {
        try {
            return BodyKind.valueOf(row.kind());
        } catch (IllegalArgumentException unknown) {
            LOG.warn("Body {} has an unknown kind {}; shown as OTHER", row.id(), row.kind());
            return BodyKind.OTHER;
        }
    }
}

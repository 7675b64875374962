package vn.edu.caitien.host.reference.db;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Schools and supervising bodies. SQL in {@code DirectoryMapper.xml}. */
public interface DirectoryMapper {

    /** @return every school, by name (Vietnamese order through the database collation) */
    List<SchoolRow> findSchools();

    /** @return the school, or null */
    SchoolRow findSchool(@Param("id") String id);

    /** @return the schools supervised by the body, by name */
    List<SchoolRow> findSchoolsSupervisedBy(@Param("bodyId") String bodyId);

    /** @return the levels of every school, by school and level */
    List<SchoolLevelRow> findLevels();

    /** @return the supervising bodies of every school, nearest first */
    List<SchoolSupervisorRow> findSupervisors();

    /**
     * @return one row per role of every active account that is a member of the school, by display name (Vietnamese
     *         order through the database collation), then login and role; no password data
     */
    List<StaffRow> findStaff(@Param("schoolId") String schoolId);

    /** @return the body, or null */
    BodyRow findBody(@Param("id") String id);

    /** Inserts a body; used by tests and administration. */
    void insertBody(BodyRow body);

    /** Inserts a school. */
    void insertSchool(SchoolRow school);

    /** Inserts one level of a school. */
    void insertLevel(SchoolLevelRow level);

    /** Records that a body supervises a school. */
    void insertSupervisor(SchoolSupervisorRow supervisor);
}

package vn.edu.caitien.portal.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The host's schools and supervising bodies. Provided by the host. Thread-safe. */
@ProviderType
public interface SchoolDirectory {

    /** @return the school, or empty if the host has none with that id */
    Optional<School> school(String schoolId);

    /** @return every school, sorted by name in Vietnamese order */
    List<School> schools();

    /** @return the body, or empty if the host has none with that id */
    Optional<SupervisingBody> body(String bodyId);

    /** @return the schools that the body supervises, sorted by name in Vietnamese order */
    List<School> schoolsSupervisedBy(String bodyId);

    /**
     * The people who work in a school: every active user holding at least one role there, with the roles they hold
     * in that school. Members of supervising bodies are not listed.
     *
     * @param schoolId the school
     * @return the staff, sorted by display name in Vietnamese order (ties by user id); empty for an unknown or blank
     *         school id, never null
     * @since 1.1
     */
    List<StaffMember> staff(String schoolId);
}

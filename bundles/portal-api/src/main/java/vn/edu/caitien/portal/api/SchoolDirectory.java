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
}

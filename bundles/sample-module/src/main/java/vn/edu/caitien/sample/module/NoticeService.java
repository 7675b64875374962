package vn.edu.caitien.sample.module;

import java.util.List;
import java.util.Optional;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The school noticeboard. Private to this bundle: only its own panel uses it. Every method checks the user's
 * permission for the school through the host's PermissionService, and never returns a notice of another school.
 * Thread-safe.
 */
public interface NoticeService {

    /** Permission to read a school's notices. */
    String VIEW = "notices.view";
    /** Permission to post a notice. */
    String POST = "notices.post";
    /** Longest title, in characters. */
    int MAX_TITLE = 200;
    /** Longest text, in characters. */
    int MAX_BODY = 4000;

    /**
     * @return the school's notices, newest first
     * @throws AccessDeniedException without {@value #VIEW} for the school
     */
    List<Notice> list(PortalUser user, String schoolId);

    /**
     * @return the notice when it exists and belongs to that school
     * @throws AccessDeniedException without {@value #VIEW} for the school
     */
    Optional<Notice> find(PortalUser user, String schoolId, long id);

    /**
     * Posts a notice; title and text are NFC-normalised and trimmed first.
     *
     * @return the stored notice
     * @throws AccessDeniedException    without {@value #POST} for the school
     * @throws IllegalArgumentException when the title is blank or either text is too long
     */
    Notice post(PortalUser user, String schoolId, String title, String body);
}

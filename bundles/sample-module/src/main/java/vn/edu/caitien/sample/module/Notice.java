package vn.edu.caitien.sample.module;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A notice on a school's noticeboard.
 *
 * @param id        generated id
 * @param schoolId  the school it belongs to
 * @param title     title, at most {@value NoticeService#MAX_TITLE} characters, NFC
 * @param body      text, at most {@value NoticeService#MAX_BODY} characters, NFC; may be empty
 * @param author    display name of who posted it
 * @param createdAt when it was posted, server time
 */
public record Notice(long id, String schoolId, String title, String body, String author, LocalDateTime createdAt)
        implements Serializable {
}

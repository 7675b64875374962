package vn.edu.caitien.sample.module;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.sample.module.db.NoticeMapper;
import vn.edu.caitien.sample.module.db.NoticeRow;

/** {@link NoticeService} over {@code NOTICES.NOTICE}. */
@Component(service = NoticeService.class)
public final class NoticeServiceImpl implements NoticeService {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeServiceImpl.class);

    private final NoticeStore store;
    private final PermissionService permissions;
    private final Clock clock;

    /**
     * @param store       the notices table
     * @param permissions the host's permission rules
     */
    @Activate
    public NoticeServiceImpl(@Reference NoticeStore store, @Reference PermissionService permissions) {
        this(store, permissions, Clock.systemDefaultZone());
    }

    NoticeServiceImpl(NoticeStore store, PermissionService permissions, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public List<Notice> list(PortalUser user, String schoolId) {
        permissions.check(user, VIEW, schoolId);
        try (SqlSession session = store.openSession()) {
            return session.getMapper(NoticeMapper.class).findBySchool(schoolId).stream()
                    .map(NoticeServiceImpl::toNotice).toList();
        }
    }

    @Override
    public Optional<Notice> find(PortalUser user, String schoolId, long id) {
        permissions.check(user, VIEW, schoolId);
        try (SqlSession session = store.openSession()) {
            return Optional.ofNullable(session.getMapper(NoticeMapper.class).findInSchool(schoolId, id))
                    .map(NoticeServiceImpl::toNotice);
        }
    }

    @Override
    public Notice post(PortalUser user, String schoolId, String title, String body) {
        permissions.check(user, POST, schoolId);
        String cleanTitle = normalise(title);
        String cleanBody = normalise(body);
        if (cleanTitle.isEmpty()) {
            throw new IllegalArgumentException("a notice needs a title");
        }
        if (cleanTitle.length() > MAX_TITLE || cleanBody.length() > MAX_BODY) {
            throw new IllegalArgumentException("notice title or text too long");
        }
        NoticeRow row = new NoticeRow();
        row.setSchoolId(schoolId);
        row.setTitle(cleanTitle);
        row.setBody(cleanBody);
        row.setAuthor(user.displayName());
        row.setCreatedAt(Timestamp.valueOf(LocalDateTime.now(clock).withNano(0)));
        try (SqlSession session = store.openSession()) {
            session.getMapper(NoticeMapper.class).insert(row);
            session.commit();
        }
        LOG.info("Notice {} posted for school {} by {}", row.getId(), schoolId, user.id());
        return toNotice(row);
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    private static Notice toNotice(NoticeRow row) {
        return new Notice(row.getId(), row.getSchoolId(), row.getTitle(), row.getBody(), row.getAuthor(),
                row.getCreatedAt().toLocalDateTime());
    }
}

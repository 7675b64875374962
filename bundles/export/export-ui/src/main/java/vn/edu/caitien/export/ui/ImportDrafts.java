package vn.edu.caitien.export.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Imported plans waiting for review, kept on the server so that the review page holds only an id: a plan of 30
 * pages makes an import result of hundreds of kilobytes, which should not go to the page store with every version
 * of the page. One draft per user (a new upload replaces it), seen by that user only, dropped
 * {@value #EXPIRY_HOURS} hours after it was read or when it is saved. Thread-safe.
 */
@Component(service = ImportDrafts.class)
public final class ImportDrafts {

    /** How long a draft waits for its review. */
    static final int EXPIRY_HOURS = 2;

    /**
     * A draft.
     *
     * @param id       random, part of the review page's state
     * @param result   what the importer read
     * @param fileName the uploaded file's name
     * @param expires  when it is dropped
     */
    record Draft(String id, ImportResult result, String fileName, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();

    /** Called by DS. */
    public ImportDrafts() {
        this(Clock.systemUTC());
    }

    /** For tests. */
    ImportDrafts(Clock clock) {
        this.clock = clock;
    }

    /** @return the id of the user's new draft, which replaces any earlier one */
    public String put(PortalUser user, ImportResult result, String fileName) {
        purge();
        Draft draft = new Draft(UUID.randomUUID().toString(), result, fileName == null ? "" : fileName,
                clock.instant().plus(Duration.ofHours(EXPIRY_HOURS)));
        drafts.put(user.id(), draft);
        return draft.id();
    }

    /** @return the user's draft with that id, or empty (another user's, replaced, saved or expired) */
    public Optional<Draft> get(PortalUser user, String id) {
        purge();
        Draft draft = drafts.get(user.id());
        return draft != null && draft.id().equals(id) ? Optional.of(draft) : Optional.empty();
    }

    /** Drops the user's draft with that id (it was saved). */
    public void remove(PortalUser user, String id) {
        drafts.computeIfPresent(user.id(), (k, d) -> d.id().equals(id) ? null : d);
    }

    private void purge() {
        Instant now = clock.instant();
        drafts.values().removeIf(d -> !now.isBefore(d.expires()));
    }
}

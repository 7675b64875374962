package vn.edu.caitien.export.ui;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the page shows of a batch export: a snapshot, taken when asked.
 *
 * @param id        the job id (a random UUID; part of the download path)
 * @param format    the format id of the documents in the zip
 * @param total     how many documents were asked for (plans, and a body's roll-ups in its year zip)
 * @param done      how many have been handled so far (exported or skipped)
 * @param skipped   how many could not be exported (not found, not visible, or the renderer failed)
 * @param state     running, done or failed
 * @param expiresAt when a finished job and its zip are dropped; null while running
 */
public record BatchJob(String id, String format, int total, int done, int skipped, State state, Instant expiresAt)
        implements Serializable {

    /** Where a job is. */
    public enum State {
        /** Still exporting. */
        RUNNING,
        /** The zip is ready. */
        DONE,
        /** The zip could not be written. */
        FAILED
    }

    /** @return whether it is still exporting */
    public boolean running() {
        return state == State.RUNNING;
    }

    /** @return the percentage done, 0–100 */
    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}

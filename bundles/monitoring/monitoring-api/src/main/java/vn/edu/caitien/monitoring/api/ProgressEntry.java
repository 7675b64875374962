package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored progress report: the history is append-only and the current state of an action is its latest entry
 * (latest {@code asOf}, then latest {@code recordedAt}).
 *
 * @param id         the entry id
 * @param planId     the plan
 * @param actionKey  the action
 * @param asOf       the day it speaks for
 * @param status     the status
 * @param percent    0 to 100
 * @param spent      cumulative spend in đồng, null when not reported
 * @param degree     TT 57 degree of implementation, may be null
 * @param degreeNote the degree as worded, may be empty
 * @param comment    the comment, may be empty
 * @param authorId   who reported it
 * @param authorName their display name
 * @param recordedAt when it was stored
 */
public record ProgressEntry(long id, long planId, String actionKey, LocalDate asOf, ActionStatus status, int percent,
                            Long spent, ImplementationDegree degree, String degreeNote, String comment,
                            String authorId, String authorName, Instant recordedAt) implements Serializable {
}

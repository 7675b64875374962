package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A comment of a supervising body on one action of a published plan.
 *
 * @param id         the comment id
 * @param planId     the plan
 * @param revision   the published revision it was written on
 * @param actionKey  the action; empty for a comment on the whole plan
 * @param authorId   who wrote it
 * @param authorName their display name
 * @param at         when
 * @param text       the comment, NFC
 */
public record PlanComment(long id, long planId, int revision, String actionKey, String authorId, String authorName,
                          Instant at, String text) implements Serializable {
}

package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.util.Set;

/**
 * An estimated budget as the school wrote it, with what could be read from it.
 *
 * @param text    the text as written, NFC; never null, may be empty
 * @param kind    what the text says
 * @param amount  the amount in đồng when the text names one ({@code "500 triệu đồng"} is 500 000 000); else null
 * @param sources the funding sources named; never null
 */
public record Budget(String text, Kind kind, Long amount, Set<FundingSource> sources) implements Serializable {

    /** What a budget text says. */
    public enum Kind {
        /** Nothing written. */
        EMPTY,
        /** "Không", "Không có": no money needed; amount 0. */
        NONE,
        /** An amount was read (maybe with sources). */
        AMOUNT,
        /** Only sources were named ("Ngân sách cấp và XHH"). */
        SOURCES_ONLY,
        /** "Chưa xác định": not decided yet. */
        UNDETERMINED,
        /** Nothing could be read: kept as text, with a warning. */
        UNREADABLE
    }

    /** Copies the set. */
    public Budget {
        text = text == null ? "" : text;
        sources = Set.copyOf(sources);
    }
}

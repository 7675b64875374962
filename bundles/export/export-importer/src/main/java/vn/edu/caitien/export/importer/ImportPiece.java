package vn.edu.caitien.export.importer;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * One non-empty cell or line of the source and what became of it.
 * @param text       the original text (NFC-normalised, otherwise as written, markup included)
 * @param position   where it was
 * @param field      the field it went to, as a path into the plan document ({@code header.number},
 *                   {@code rows[3].actions[0].description}, {@code purposes[1]}, {@code structure} for headings);
 *                   empty when not recognised
 * @param confidence how sure the importer is
 * @param flags      what deserves attention; never null
 */
public record ImportPiece(String text, SourcePosition position, String field, Confidence confidence,
                          Set<ImportFlag> flags) implements Serializable {

    /** Copies the flags. */
    public ImportPiece {
        text = text == null ? "" : text;
        field = field == null ? "" : field;
        flags = flags == null || flags.isEmpty() ? EnumSet.noneOf(ImportFlag.class) : EnumSet.copyOf(flags);
    }

    /** @return whether the piece was placed somewhere */
    public boolean recognised() {
        return !field.isEmpty();
    }
}

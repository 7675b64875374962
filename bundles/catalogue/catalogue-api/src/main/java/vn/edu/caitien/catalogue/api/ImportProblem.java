package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a catalogue file. The UI translates {@link #kind()} into a message that names the line and
 * the detail.
 *
 * @param kind   what is wrong
 * @param line   1-based line in the file; 0 when the problem concerns the whole file
 * @param detail the offending value or field name, never null (may be empty)
 */
public record ImportProblem(Kind kind, int line, String detail) implements Serializable {

    /** Checks the components. */
    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** What is wrong. */
    public enum Kind {
        /** The file is larger than the configured limit; it was refused before parsing. */
        OVERSIZE,
        /** The file is not valid UTF-8. */
        BAD_ENCODING,
        /** The file is not valid YAML. */
        SYNTAX,
        /** A value has the wrong shape (a list where a mapping is expected, and so on); detail names the field. */
        WRONG_STRUCTURE,
        /** A required field is missing or blank; detail names the field. */
        MISSING_FIELD,
        /** Two criteria (or standards, appendices, keys) share a code; detail is the code. */
        DUPLICATE_CODE,
        /** A level, level key or school level is not one the catalogue knows; detail is the value. */
        UNKNOWN_LEVEL,
        /** A value cannot be read (a bad date, a negative count); detail is the value. */
        BAD_VALUE,
        /** A criterion's code does not start with its standard's number; detail is the code. */
        CODE_OUTSIDE_STANDARD,
        /** A reference to something the file does not define (an appendix, a mandatory code); detail is the value. */
        UNKNOWN_REFERENCE
    }
}

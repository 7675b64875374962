package vn.edu.caitien.export.importer;

/** Why a piece deserves attention in the review screen. Message keys are {@code flag.<NAME>} in {@link ImportMessages}. */
public enum ImportFlag {
    /** A heading, table header or column-number row: structure, not content. */
    STRUCTURE,
    /** HTML or markdown markup was removed from the text. */
    MARKUP_REMOVED,
    /** The text was decomposed Unicode (NFD) or had odd spaces and was normalised. */
    NORMALISED,
    /** A row split by a page break: the text was appended to the previous row's cell. */
    CONTINUATION,
    /** A row without criterion read as one more action of the criterion above (merged cells). */
    EXTRA_ACTION,
    /** The criterion title differs from the catalogue title of that code (typo, old wording or another circular). */
    TITLE_MISMATCH,
    /** The code is not a criterion of the regime. */
    UNKNOWN_CRITERION,
    /** One action serves several criteria ("Tiêu chí 1.4; Tiêu chí 2.3"). */
    SEVERAL_CRITERIA,
    /** The criterion cell holds a description of the current state rather than a title. */
    CURRENT_STATE_IN_CRITERION,
    /** The target is free text, not "Đạt mức n". */
    FREE_TEXT_TARGET,
    /** The responsible cell names nobody ("Không"): probably a value in the wrong column. */
    NOBODY_RESPONSIBLE,
    /** The time cell holds no year, month or date: probably a value in the wrong column. */
    NO_DATE_IN_TIME,
    /** A school year that does not match the plan's period. */
    YEAR_MISMATCH,
    /** Text that has no field in the plan; kept so that it can be placed by hand. */
    NO_FIELD
}

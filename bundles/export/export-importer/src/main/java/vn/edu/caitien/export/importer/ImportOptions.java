package vn.edu.caitien.export.importer;

import java.io.Serializable;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * What the caller knows about the plan being imported.
 * @param regimeId    the regime to recognise criteria against (for example {@code tt18-2018}); null or blank: guess
 *                    it from the circular the plan cites, the school level and the period
 * @param appendix    the appendix within the regime; null: the one for the school level
 * @param schoolLevel the school's level when known (it settles the regime for a plan that cites none); may be null
 */
public record ImportOptions(String regimeId, String appendix, SchoolLevel schoolLevel) implements Serializable {

    /** @return options that guess everything from the document */
    public static ImportOptions guess() {
        return new ImportOptions(null, null, null);
    }

    /** @return options for a school of a known level */
    public static ImportOptions forLevel(SchoolLevel level) {
        return new ImportOptions(null, null, level);
    }
}

package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.Objects;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * A province's decision to use another regime than the default for one school level, from one school year on.
 * Not school data: it belongs to the province.
 *
 * @param provinceId the supervising body (Sở GD&ĐT) id as the host knows it
 * @param level      the school level
 * @param fromYear   the first school year it applies to; later overrides of the same province and level win
 * @param regimeId   the regime to use
 */
public record ProvinceOverride(String provinceId, SchoolLevel level, SchoolYear fromYear, String regimeId)
        implements Serializable {

    /** Checks the components. */
    public ProvinceOverride {
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fromYear, "fromYear");
        Objects.requireNonNull(regimeId, "regimeId");
    }
}

package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A criterion (tiêu chí) of one appendix of one catalogue version.
 *
 * @param key            regime, appendix and code
 * @param version        the catalogue version number it was read from
 * @param standardNumber the standard it belongs to
 * @param title          the official title in that appendix
 * @param mandatory      whether it is mandatory (only TT 57 has mandatory criteria)
 * @param summary        our short English summary of its requirements; may be null
 * @param indicators     its indicators, by level then letter; empty when the catalogue holds no indicator data
 */
public record Criterion(CriterionKey key, int version, int standardNumber, String title, boolean mandatory,
                        String summary, List<Indicator> indicators) implements Serializable {

    /** Checks and copies the components. */
    public Criterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        indicators = List.copyOf(indicators);
    }

    /** @return the criterion code, for example {@code 3.2} */
    public String code() {
        return key.code();
    }

    /**
     * @param level a level
     * @return how many indicators the criterion has at that level; 0 means no requirement at that level
     */
    public int indicatorCount(int level) {
        return (int) indicators.stream().filter(i -> i.level() == level).count();
    }
}

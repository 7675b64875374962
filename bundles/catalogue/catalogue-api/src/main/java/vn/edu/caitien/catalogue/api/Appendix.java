package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * One appendix (phụ lục) of a regime. A regime without appendices has one with the code {@link #NONE}.
 *
 * @param code         the appendix code as printed ({@code "I"}, {@code "II"}), or {@link #NONE}
 * @param labels       the school kinds as the text names them ({@code "TH"}, {@code "Phổ thông nhiều cấp học"}); never null
 * @param schoolLevels the portal school levels it covers; never null
 */
public record Appendix(String code, List<String> labels, Set<SchoolLevel> schoolLevels) implements Serializable {

    /** Code of the single implicit appendix of a regime that has none. */
    public static final String NONE = "";

    /** Checks and copies the components. */
    public Appendix {
        Objects.requireNonNull(code, "code");
        labels = List.copyOf(labels);
        schoolLevels = Set.copyOf(schoolLevels);
    }
}

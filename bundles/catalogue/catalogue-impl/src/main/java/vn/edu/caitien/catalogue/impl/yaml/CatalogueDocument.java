package vn.edu.caitien.catalogue.impl.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.RuleSet;

/**
 * A whole catalogue as read from (or written to) YAML: the regime's metadata and the content of one version.
 * Titles are keyed by appendix code; the key {@code ""} means "every appendix". All text is NFC.
 */
public record CatalogueDocument(String regimeId, String circular, String title, LocalDate issued,
                                LocalDate effective, List<String> amendedBy, List<AppendixDoc> appendices,
                                List<Integer> levels, RuleSet ruleSet, PlanForm planForm,
                                boolean officialTextChecked, List<StandardDoc> standards, List<Level4Doc> level4) {

    /** Copies the lists. */
    public CatalogueDocument {
        amendedBy = List.copyOf(amendedBy);
        appendices = List.copyOf(appendices);
        levels = List.copyOf(levels);
        standards = List.copyOf(standards);
        level4 = List.copyOf(level4);
    }

    /** @return the appendix codes, in order ({@code [""]} for a regime without appendices) */
    public List<String> appendixCodes() {
        return appendices.stream().map(AppendixDoc::code).toList();
    }

    /** @return every criterion, in order */
    public List<CriterionDoc> criteria() {
        List<CriterionDoc> all = new ArrayList<>();
        standards.forEach(s -> all.addAll(s.criteria()));
        return all;
    }

    /**
     * An appendix.
     *
     * @param code   {@code ""}, {@code "I"}, {@code "II"}...
     * @param labels school kinds as the text names them
     */
    public record AppendixDoc(String code, List<String> labels) {
        public AppendixDoc {
            labels = List.copyOf(labels);
        }

        /** @return {@code Phụ lục I}, or empty for the implicit appendix */
        public String printed() {
            return code.isEmpty() ? "" : "Phụ lục " + code;
        }
    }

    /** A standard with its criteria. */
    public record StandardDoc(int number, Map<String, String> titles, List<CriterionDoc> criteria) {
        public StandardDoc {
            titles = new LinkedHashMap<>(titles);
            criteria = List.copyOf(criteria);
        }

        /** @return the title in that appendix */
        public String titleFor(String appendix) {
            return CatalogueDocument.titleFor(titles, appendix);
        }
    }

    /** A criterion. {@code note} and {@code summary} may be null. */
    public record CriterionDoc(String code, Map<String, String> titles, boolean mandatory, String summary,
                               String note, List<IndicatorDoc> indicators) {
        public CriterionDoc {
            Objects.requireNonNull(code, "code");
            titles = new LinkedHashMap<>(titles);
            indicators = List.copyOf(indicators);
        }

        /** @return the title in that appendix */
        public String titleFor(String appendix) {
            return CatalogueDocument.titleFor(titles, appendix);
        }
    }

    /** An indicator; {@code text} and {@code summary} may be null. */
    public record IndicatorDoc(int level, String letter, String text, String summary) {
    }

    /** A Mức 4 item. */
    public record Level4Doc(String code, String summary) {
    }

    /**
     * The title for an appendix: its own variant, else the one for every appendix ({@code ""}), else the first
     * variant listed (the shipped TT 57 file lists Phụ lục II first, and Phụ lục III follows it).
     */
    static String titleFor(Map<String, String> titles, String appendix) {
        String own = titles.get(appendix);
        if (own != null) {
            return own;
        }
        String all = titles.get("");
        return all != null ? all : titles.values().stream().findFirst().orElse("");
    }
}

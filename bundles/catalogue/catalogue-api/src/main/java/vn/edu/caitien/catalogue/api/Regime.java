package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * An accreditation regime (one circular and its amendments) as described by its current published version.
 *
 * @param id                  stable id derived from the circular number, for example {@code tt57-2026}
 * @param circular            the circular number as printed, for example {@code 57/2026/TT-BGDĐT}
 * @param title               the circular's title (trích yếu)
 * @param issued              date of issue
 * @param effective           date it takes effect; equal to {@code issued} when the data names none
 * @param amendedBy           amending circulars, as printed with their dates; never null
 * @param schoolLevels        the portal school levels it covers; never null
 * @param ruleSet             the level rules it follows
 * @param levels              the level scale of its criteria, for example {@code [1, 2, 3]} or {@code [1, 2]}
 * @param mandatoryAllowed    whether criteria can be mandatory (true for TT 57)
 * @param planForm            the improvement-plan form that goes with it
 * @param officialTextChecked false until an administrator confirms the data against the official text
 * @param currentVersion      number of the current published version (1, 2, ...)
 * @param appendices          its appendices; one with code {@link Appendix#NONE} when it has none
 */
public record Regime(String id, String circular, String title, LocalDate issued, LocalDate effective,
                     List<String> amendedBy, Set<SchoolLevel> schoolLevels, RuleSet ruleSet, List<Integer> levels,
                     boolean mandatoryAllowed, PlanForm planForm, boolean officialTextChecked, int currentVersion,
                     List<Appendix> appendices) implements Serializable {

    /** Checks and copies the components. */
    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(circular, "circular");
        Objects.requireNonNull(ruleSet, "ruleSet");
        amendedBy = List.copyOf(amendedBy);
        schoolLevels = Set.copyOf(schoolLevels);
        levels = List.copyOf(levels);
        appendices = List.copyOf(appendices);
    }

    /**
     * @param level a school level
     * @return the code of the appendix that covers it, or empty when the regime does not cover the level
     */
    public Optional<String> appendixFor(SchoolLevel level) {
        return appendices.stream().filter(a -> a.schoolLevels().contains(level)).map(Appendix::code).findFirst();
    }

    /** @return the code of the first appendix ({@link Appendix#NONE} for a regime without appendices) */
    public String defaultAppendix() {
        return appendices.isEmpty() ? Appendix.NONE : appendices.get(0).code();
    }
}

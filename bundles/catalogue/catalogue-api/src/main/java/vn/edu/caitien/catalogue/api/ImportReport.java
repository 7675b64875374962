package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.List;

/**
 * The result of checking a catalogue file. Nothing is saved unless {@link #valid()}.
 *
 * @param problems  every problem found, by line; empty when valid
 * @param regimeId  the regime id the file describes, or empty when it could not be read
 * @param circular  the circular number, or empty
 * @param standards number of standards (of the first appendix)
 * @param criteria  number of criteria (of the first appendix)
 */
public record ImportReport(List<ImportProblem> problems, String regimeId, String circular, int standards,
                           int criteria) implements Serializable {

    /** Copies the list. */
    public ImportReport {
        problems = List.copyOf(problems);
        regimeId = regimeId == null ? "" : regimeId;
        circular = circular == null ? "" : circular;
    }

    /** @return whether the file can be published */
    public boolean valid() {
        return problems.isEmpty();
    }
}

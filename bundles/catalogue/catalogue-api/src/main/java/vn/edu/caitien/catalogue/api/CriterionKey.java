package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * The identity of a criterion: the same code means different things in different circulars and appendices.
 *
 * @param regimeId the regime id, for example {@code tt18-2018}
 * @param appendix the appendix code, {@link Appendix#NONE} for a regime without appendices
 * @param code     the criterion code, for example {@code 3.2}
 */
public record CriterionKey(String regimeId, String appendix, String code) implements Serializable {

    /** Checks the components. */
    public CriterionKey {
        Objects.requireNonNull(regimeId, "regimeId");
        Objects.requireNonNull(appendix, "appendix");
        Objects.requireNonNull(code, "code");
    }

    /** @return {@code regime/appendix/code}, or {@code regime/code} without an appendix */
    @Override
    public String toString() {
        return appendix.isEmpty() ? regimeId + "/" + code : regimeId + "/" + appendix + "/" + code;
    }
}

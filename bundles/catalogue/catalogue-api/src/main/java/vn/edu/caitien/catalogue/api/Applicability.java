package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * Which regime, version and appendix apply to a school at one level in one school year, and why.
 *
 * @param regimeId       the regime
 * @param version        its current published version: the one a new plan should record
 * @param appendix       the appendix that covers the level
 * @param overrideBy     id of the province (supervising body) whose override decided it, or null for the default
 *                       rule (the newest regime covering the level that is in force on 1 September)
 */
public record Applicability(String regimeId, int version, String appendix, String overrideBy)
        implements Serializable {

    /** @return whether a province override decided it */
    public boolean overridden() {
        return overrideBy != null;
    }
}

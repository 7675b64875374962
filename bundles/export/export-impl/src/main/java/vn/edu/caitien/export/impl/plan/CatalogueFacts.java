package vn.edu.caitien.export.impl.plan;

import java.util.Map;

/**
 * What the plan document needs from the catalogue beyond the plan itself.
 *
 * @param criterionTitles  titles by criterion code
 * @param criterionOrder   position of each criterion in the catalogue, for ordering the baseline
 * @param maxLevel         the highest criterion level of the regime (3 in 2018, 3 or 4 in TT 57)
 * @param level4Summaries  summaries of the Mức 4 items by code
 */
public record CatalogueFacts(Map<String, String> criterionTitles, Map<String, Integer> criterionOrder, int maxLevel,
                             Map<String, String> level4Summaries) {

    /** No catalogue at hand: codes only, three levels. */
    public static final CatalogueFacts NONE = new CatalogueFacts(Map.of(), Map.of(), 3, Map.of());
}

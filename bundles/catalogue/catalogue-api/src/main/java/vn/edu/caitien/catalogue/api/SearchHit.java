package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * A criterion found by {@link CatalogueService#search}.
 *
 * @param key            regime, appendix and code
 * @param version        the current version it was found in
 * @param circular       the circular number, for display
 * @param standardNumber its standard
 * @param standardTitle  the standard's title
 * @param title          the criterion title
 * @param mandatory      whether it is mandatory
 */
public record SearchHit(CriterionKey key, int version, String circular, int standardNumber, String standardTitle,
                        String title, boolean mandatory) implements Serializable {
}

package vn.edu.caitien.catalogue.ui;

import java.io.Serializable;
import java.util.List;
import vn.edu.caitien.catalogue.api.CriterionKey;

/**
 * One line of the mapping editor: a criterion of the earlier regime, the appendix of the new regime it maps into
 * and the codes it maps to now.
 */
record MappingEditRow(CriterionKey from, String title, String targetAppendix, List<String> targets)
        implements Serializable {
}

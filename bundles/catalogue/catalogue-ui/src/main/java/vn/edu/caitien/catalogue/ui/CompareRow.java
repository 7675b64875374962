package vn.edu.caitien.catalogue.ui;

import java.io.Serializable;
import java.util.List;

/** One line of the side-by-side comparison: a criterion and the criteria of the other regime it maps to. */
record CompareRow(String code, String title, List<String> targets) implements Serializable {
}

package vn.edu.caitien.export.api;

import java.io.Serializable;
import java.util.List;

/**
 * A run of pages with one orientation.
 *
 * @param orientation the page orientation
 * @param blocks      the content, in order
 */
public record Section(Orientation orientation, List<Block> blocks) implements Serializable {

    /** Copies the list. */
    public Section {
        blocks = List.copyOf(blocks);
    }
}

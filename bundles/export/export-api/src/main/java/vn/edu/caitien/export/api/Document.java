package vn.edu.caitien.export.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A document independent of any file format: the sections (each with its page orientation) in order, and the same
 * content as plain data for machine formats. Immutable apart from {@link #data()}, which renderers must not change.
 *
 * @param kind     what it is
 * @param title    the title for the file's metadata ("Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026")
 * @param fileBase the file name without extension, ASCII only ("ke-hoach-05-KH-THCSAB")
 * @param sections the sections, at least one; a new section starts a new page
 * @param data     the content as JSON-like data: String, Number, Boolean, null, List and Map values only
 */
public record Document(DocumentKind kind, String title, String fileBase, List<Section> sections,
                       Map<String, Object> data) implements Serializable {

    /** Copies the section list. */
    public Document {
        sections = List.copyOf(sections);
    }

    /** @return every table of every section, in order */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance)
                .map(Table.class::cast).toList();
    }
}

package vn.edu.caitien.export.ui;

import java.io.Serializable;
import java.util.List;

/**
 * One document with a link per format, as a panel lists it.
 *
 * @param label the document's name, translated
 * @param files the links, one per format, in format order
 */
record DocumentLinks(String label, List<FileLink> files) implements Serializable {

    /**
     * @param format the format shown ("DOCX")
     * @param url    the download path from the context root
     */
    record FileLink(String format, String url) implements Serializable {
    }
}

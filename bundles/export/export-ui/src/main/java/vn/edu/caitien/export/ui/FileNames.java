package vn.edu.caitien.export.ui;

import java.text.Normalizer;
import java.util.Locale;

/** File names that every browser, zip tool and file system takes: ASCII letters, digits, dot, dash, underscore. */
final class FileNames {

    private FileNames() {
    }

    /**
     * @param name      a file name, possibly with Vietnamese letters ("Kế hoạch 05/KH-THCSAB.docx")
     * @param extension the extension it must end with, without the dot
     * @return an ASCII-safe name ending in the extension ("Ke-hoach-05-KH-THCSAB.docx")
     */
    static String ascii(String name, String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        String base = name == null ? "" : name.strip();
        if (base.toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            base = base.substring(0, base.length() - ext.length() - 1);
        }
        base = Normalizer.normalize(base.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (base.isEmpty()) {
            base = "tai-lieu";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + "." + ext;
    }
}

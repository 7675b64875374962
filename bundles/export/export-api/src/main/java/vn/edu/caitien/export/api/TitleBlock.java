package vn.edu.caitien.export.api;

/**
 * The document type and subject, centred and bold: "KẾ HOẠCH" then the subject (trích yếu) with a short line under it.
 *
 * @param kindName "KẾ HOẠCH", "BÁO CÁO", "BIÊN BẢN"
 * @param subject  "Cải tiến chất lượng giáo dục năm học 2025-2026"; may hold line breaks
 */
public record TitleBlock(String kindName, String subject) implements Block {
}

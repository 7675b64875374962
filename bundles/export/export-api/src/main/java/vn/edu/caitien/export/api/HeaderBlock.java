package vn.edu.caitien.export.api;

/**
 * The Nghị định 30 header, printed as a borderless two-column table: on the left the parent body (upper case), the
 * issuing body (bold upper case, short underline) and the number; on the right the national name (bold), the motto
 * (bold, underlined) and the place and date (italic).
 *
 * @param parentBody  "UBND PHƯỜNG KINH BẮC"; may be empty
 * @param issuingBody "TRƯỜNG THCS KINH BẮC"
 * @param number      "Số: 07/KH-THCSKB"
 * @param nation      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * @param motto       "Độc lập - Tự do - Hạnh phúc"
 * @param placeDate   "Kinh Bắc, ngày 09 tháng 9 năm 2025"
 */
public record HeaderBlock(String parentBody, String issuingBody, String number, String nation, String motto,
                          String placeDate) implements Block {
}

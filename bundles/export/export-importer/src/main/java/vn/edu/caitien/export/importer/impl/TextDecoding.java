package vn.edu.caitien.export.importer.impl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.edu.caitien.export.importer.ImportException;

/**
 * Decodes a text file: UTF-8 (BOM or not), UTF-16 with BOM, and the legacy Vietnamese encodings Windows-1258 and
 * TCVN3 (ABC, the ".Vn" fonts), told apart by their byte patterns and converted to NFC Unicode.
 */
final class TextDecoding {

    /** The decoded text and the encoding it was read as. */
    record Decoded(String text, String encoding, boolean legacy) {
    }

    static final String TCVN3 = "TCVN3";
    static final String CP1258 = "windows-1258";

    /** TCVN3 byte (0xA1-0xFE) to Unicode; 0 where the byte is not a Vietnamese letter. */
    private static final char[] TCVN3_MAP = new char[256];

    static {
        String[][] pairs = {
            {"\u00A1", "Ă"}, {"\u00A2", "Â"}, {"\u00A3", "Ê"}, {"\u00A4", "Ô"}, {"\u00A5", "Ơ"}, {"\u00A6", "Ư"}, {"\u00A7", "Đ"},
            {"\u00A8", "ă"}, {"\u00A9", "â"}, {"\u00AA", "ê"}, {"\u00AB", "ô"}, {"\u00AC", "ơ"}, {"\u00AD", "ư"}, {"\u00AE", "đ"},
            {"\u00B5", "à"}, {"\u00B6", "ả"}, {"\u00B7", "ã"}, {"\u00B8", "á"}, {"\u00B9", "ạ"},
            {"\u00BB", "ằ"}, {"\u00BC", "ẳ"}, {"\u00BD", "ẵ"}, {"\u00BE", "ắ"}, {"\u00C6", "ặ"},
            {"\u00C7", "ầ"}, {"\u00C8", "ẩ"}, {"\u00C9", "ẫ"}, {"\u00CA", "ấ"}, {"\u00CB", "ậ"},
            {"\u00CC", "è"}, {"\u00CE", "ẻ"}, {"\u00CF", "ẽ"}, {"\u00D0", "é"}, {"\u00D1", "ẹ"},
            {"\u00D2", "ề"}, {"\u00D3", "ể"}, {"\u00D4", "ễ"}, {"\u00D5", "ế"}, {"\u00D6", "ệ"},
            {"\u00D7", "ì"}, {"\u00D8", "ỉ"}, {"\u00DC", "ĩ"}, {"\u00DD", "í"}, {"\u00DE", "ị"},
            {"\u00DF", "ò"}, {"\u00E1", "ỏ"}, {"\u00E2", "õ"}, {"\u00E3", "ó"}, {"\u00E4", "ọ"},
            {"\u00E5", "ồ"}, {"\u00E6", "ổ"}, {"\u00E7", "ỗ"}, {"\u00E8", "ố"}, {"\u00E9", "ộ"},
            {"\u00EA", "ờ"}, {"\u00EB", "ở"}, {"\u00EC", "ỡ"}, {"\u00ED", "ớ"}, {"\u00EE", "ợ"},
            {"\u00EF", "ù"}, {"\u00F1", "ủ"}, {"\u00F2", "ũ"}, {"\u00F3", "ú"}, {"\u00F4", "ụ"},
            {"\u00F5", "ừ"}, {"\u00F6", "ử"}, {"\u00F7", "ữ"}, {"\u00F8", "ứ"}, {"\u00F9", "ự"},
            {"\u00FA", "ỳ"}, {"\u00FB", "ỷ"}, {"\u00FC", "ỹ"}, {"\u00FD", "ý"}, {"\u00FE", "ỵ"},
        };
        for (String[] p : pairs) {
            TCVN3_MAP[p[0].charAt(0)] = p[1].charAt(0);
        }
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strictUtf8(bytes, 3), "UTF-8", false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16", false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16", false);
        }
        String utf8 = strictUtf8(bytes, 0);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", false);
        }
        int tcvn = 0;
        int cp1258 = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xA1 && b <= 0xB9 && b != 0xB0 && b != 0xB1 && b != 0xB4) {
                tcvn++;
            }
            if ((b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2) && i > 0 && isCp1258Vowel(bytes[i - 1] & 0xFF)) {
                cp1258++;
            }
            if (b == 0xF0 || b == 0xD0) {
                cp1258++;
            }
        }
        if (tcvn > cp1258 && tcvn > 0) {
            return new Decoded(fromTcvn3(bytes), TCVN3, true);
        }
        if (cp1258 > 0 && Charset.isSupported(CP1258)) {
            return new Decoded(Normalizer.normalize(new String(bytes, Charset.forName(CP1258)), Normalizer.Form.NFC), CP1258, true);
        }
        throw new ImportException(ImportException.ENCODING);
    }

    private static boolean isCp1258Vowel(int b) {
        return "aeiouyAEIOUY".indexOf(b) >= 0 || b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0xF5 || b == 0xFD
                || b == 0xE3 || b == 0xC2 || b == 0xCA || b == 0xD4 || b == 0xD5 || b == 0xDD || b == 0xC3;
    }

    /** @return the text, or null when the bytes are not valid UTF-8 */
    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Converts TCVN3 bytes; bytes below 0x80 are ASCII, other unmapped bytes are read as Latin-1. */
    static String fromTcvn3(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte x : bytes) {
            int b = x & 0xFF;
            char c = TCVN3_MAP[b];
            sb.append(c != 0 ? c : (char) b);
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    /** Encodes Unicode text as TCVN3 (for tests and tools); characters without a TCVN3 byte are written as '?'. */
    static byte[] toTcvn3(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        byte[] out = new byte[t.length()];
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int code = c < 0x80 ? c : '?';
            for (int b = 0xA1; b < 256 && c >= 0x80; b++) {
                if (TCVN3_MAP[b] == c) {
                    code = b;
                    break;
                }
            }
            if (code == '?' && c >= 0x80) {
                char lower = Character.toLowerCase(c);
                for (int b = 0xA1; b < 256; b++) {
                    if (TCVN3_MAP[b] == lower) {
                        code = b;
                        break;
                    }
                }
            }
            out[i] = (byte) code;
        }
        return out;
    }
}

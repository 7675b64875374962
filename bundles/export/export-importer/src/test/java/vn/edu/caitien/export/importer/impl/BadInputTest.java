package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportException;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportMessages;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanRow;

/** Files that cannot be imported give an ImportException with a translated message; nothing else escapes. */
class BadInputTest {

    private static final ImportOptions GUESS = ImportOptions.guess();

    private static ImportException refused(PlanImporterImpl importer, String name, byte[] content) {
        Throwable t = catchThrowable(() -> importer.importFile(ImporterFixtures.USER, name, content, GUESS));
        assertThat(t).isInstanceOf(ImportException.class);
        return (ImportException) t;
    }

    private static ImportException refused(String name, byte[] content) {
        return refused(ImporterFixtures.importer(), name, content);
    }

    @Test
    void emptyAndTooLarge() {
        assertThat(refused("a.txt", new byte[0]).key()).isEqualTo(ImportException.EMPTY);
        PlanImporterImpl small = ImporterFixtures.importer(1024 * 1024, 1000, 50L * 1024 * 1024);
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        ImportException e = refused(small, "big.txt", big);
        assertThat(e.key()).isEqualTo(ImportException.TOO_LARGE);
        assertThat(e.message(Locale.forLanguageTag("vi"))).contains("1 MB").contains("Tệp quá lớn");
        assertThat(e.message(Locale.ENGLISH)).contains("1 MB").contains("too large");
        assertThat(small.maxBytes()).isEqualTo(1024 * 1024);
        // The documented default: 20 MB.
        byte[] over = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(over, (byte) 'a');
        ImportException def = refused("big.docx", over);
        assertThat(def.key()).isEqualTo(ImportException.TOO_LARGE);
        assertThat(def.message(Locale.forLanguageTag("vi"))).contains("20 MB");
        assertThat(ImporterFixtures.importer().maxBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void truncatedDocx() {
        byte[] docx = TestDocs.docx(1);
        assertThat(refused("a.docx", Arrays.copyOf(docx, docx.length / 2)).key()).isEqualTo(ImportException.CORRUPT);
        assertThat(refused("a.docx", Arrays.copyOf(docx, docx.length - 30)).key()).isEqualTo(ImportException.CORRUPT);
        // Damaged in the middle, end record intact.
        byte[] damaged = docx.clone();
        for (int i = 200; i < 1200; i++) {
            damaged[i] = (byte) (i * 31);
        }
        assertThat(refused("a.docx", damaged).key()).isIn(ImportException.CORRUPT, ImportException.UNREADABLE);
    }

    @Test
    void zipBombs() throws IOException {
        // 60 MB of zeros compress to a few dozen KB; the limit here is 10 MB expanded.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        PlanImporterImpl importer = ImporterFixtures.importer(20L * 1024 * 1024, 1000, 10L * 1024 * 1024);
        assertThat(refused(importer, "bomb.docx", out.toByteArray()).key()).isEqualTo(ImportException.ZIP_BOMB);
        // Too many entries.
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 1500; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".xml"));
                zip.write('x');
            }
        }
        assertThat(refused("many.docx", many.toByteArray()).key()).isEqualTo(ImportException.ZIP_BOMB);
    }

    @Test
    void passwordProtectedAndLegacyFiles() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("matkhau");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(TestDocs.docx(1)));
             OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        ImportException e = refused("secret.docx", encrypted.toByteArray());
        assertThat(e.key()).isEqualTo(ImportException.ENCRYPTED);
        assertThat(e.message(Locale.forLanguageTag("vi"))).contains("mật khẩu");
        // The same refusal through importDocx.
        assertThatThrownBy(() -> ImporterFixtures.importer().importDocx(ImporterFixtures.USER, encrypted.toByteArray(), GUESS))
                .isInstanceOf(ImportException.class).extracting(x -> ((ImportException) x).key()).isEqualTo(ImportException.ENCRYPTED);
        // An old binary .doc.
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem old = new POIFSFileSystem()) {
            old.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            old.writeFilesystem(doc);
        }
        assertThat(refused("old.doc", doc.toByteArray()).key()).isEqualTo(ImportException.LEGACY_FORMAT);
        assertThat(refused("a.pdf", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)).key())
                .isEqualTo(ImportException.UNSUPPORTED);
        assertThat(refused("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).key()).isEqualTo(ImportException.UNSUPPORTED);
        // The content decides, not the name: a DOCX named .xlsx is read as a DOCX, but importXlsx refuses it.
        assertThat(ImporterFixtures.importer().importFile(ImporterFixtures.USER, "a.xlsx", TestDocs.docx(1), GUESS).format())
                .isEqualTo(vn.edu.caitien.export.importer.ImportFormat.DOCX);
        assertThatThrownBy(() -> ImporterFixtures.importer().importXlsx(ImporterFixtures.USER, TestDocs.docx(1), GUESS))
                .isInstanceOf(ImportException.class);
    }

    /** A small plan whose letters all exist in TCVN3's lower-case table. */
    private static final String LEGACY_PLAN = String.join("\n",
            "Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
            "III. Nội dung kế hoạch cải tiến chất lượng giáo dục",
            "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tCông việc/giải pháp cần thực hiện\tChủ trì và phối hợp thực hiện\t"
                    + "Thời gian thực hiện\tDự kiến kinh phí\tĐiều kiện hỗ trợ khác\tGhi chú",
            "1\tTiêu chí 2.2\tĐạt mức 3\tRà soát, điều chỉnh kế hoạch bồi dưỡng đội ngũ\tHiệu trưởng, tổ trưởng chuyên môn\t"
                    + "Trong năm học 2025-2026\tKhông\t\t",
            "\t\t\tTổ chức chuyên đề đổi mới phương pháp dạy học\tPhó hiệu trưởng\tHọc kỳ I\t5 triệu đồng\t\t",
            "Nơi nhận:",
            "- Lưu: VT.");

    @Test
    void windows1258TextIsConverted() {
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = toCp1258(LEGACY_PLAN).getBytes(cp1258);
        assertThat(new String(bytes, cp1258)).doesNotContain("?");
        ImportResult r = ImporterFixtures.importer().importFile(ImporterFixtures.USER, "kh.txt", bytes, ImportOptions.forLevel(
                vn.edu.caitien.portal.api.SchoolLevel.THCS));
        assertThat(r.encoding()).isEqualTo("windows-1258");
        assertThat(r.warnings()).extracting(w -> w.key()).contains("warning.encodingConverted");
        assertLegacyPlan(r);
    }

    @Test
    void tcvn3TextIsConverted() {
        byte[] bytes = TextDecoding.toTcvn3(LEGACY_PLAN);
        ImportResult r = ImporterFixtures.importer().importFile(ImporterFixtures.USER, "kh.txt", bytes, ImportOptions.forLevel(
                vn.edu.caitien.portal.api.SchoolLevel.THCS));
        assertThat(r.encoding()).isEqualTo("TCVN3");
        assertThat(r.warnings()).extracting(w -> w.key()).contains("warning.encodingConverted");
        assertThat(r.warnings().stream().filter(w -> w.key().equals("warning.encodingConverted")).findFirst().orElseThrow()
                .message(Locale.forLanguageTag("vi"))).contains("TCVN3");
        assertLegacyPlan(r);
        // The classic TCVN3 spelling of "Trường" reads back.
        assertThat(TextDecoding.fromTcvn3(new byte[] {'T', 'r', (byte) 0xAD, (byte) 0xEA, 'n', 'g'})).isEqualTo("Trường");
    }

    private static void assertLegacyPlan(ImportResult r) {
        assertThat(r.plan().getRows()).extracting(PlanRow::getCriterionCode).containsExactly("2.2");
        assertThat(r.plan().actions()).extracting(PlanAction::getDescription).containsExactly(
                "Rà soát, điều chỉnh kế hoạch bồi dưỡng đội ngũ", "Tổ chức chuyên đề đổi mới phương pháp dạy học");
        assertThat(r.plan().actions().get(0).getPartners()).isEqualTo("tổ trưởng chuyên môn");
        assertThat(r.unrecognised()).isEmpty();
    }

    /** Windows-1258 writes the base letter (with its shape mark when the code page has it) and a separate tone mark. */
    private static String toCp1258(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char x : d.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0) {
                    tone.append(x);
                } else {
                    base.append(x);
                }
            }
            sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return sb.toString();
    }

    @Test
    void unknownEncodingNoPlanAndInspectionRecord() {
        assertThat(refused("a.txt", "Ch\u00e2teau caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1)).key())
                .isEqualTo(ImportException.ENCODING);
        assertThat(refused("a.txt", "Thực đơn tuần 1: cơm, canh cua, rau muống.\nThứ hai: phở bò.".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo(ImportException.NO_PLAN);
        assertThat(refused("a.txt", ImporterFixtures.seedBytes("inspection-th-tran-van-dang.txt")).key())
                .isEqualTo(ImportException.NOT_A_PLAN);
    }

    @Test
    void hostileBytesNeverEscapeAsAnotherException() {
        byte[] docx = TestDocs.docx(1);
        byte[] xlsx = TestDocs.xlsx();
        Random random = new Random(42);
        PlanImporterImpl importer = ImporterFixtures.importer();
        for (int i = 0; i < 60; i++) {
            byte[] source = i % 2 == 0 ? docx : xlsx;
            byte[] bad = source.clone();
            int flips = 1 + random.nextInt(20);
            for (int f = 0; f < flips; f++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            if (i % 3 == 0) {
                bad = Arrays.copyOf(bad, 1 + random.nextInt(bad.length));
            }
            byte[] input = bad;
            Throwable t = catchThrowable(() -> importer.importFile(ImporterFixtures.USER, "x", input, GUESS));
            assertThat(t).as("attempt " + i).satisfiesAnyOf(x -> assertThat(x).isNull(),
                    x -> assertThat(x).isInstanceOf(ImportException.class));
        }
    }

    @Test
    void everyMessageInVietnameseAndEnglish() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(ImportMessages.keys(vi)).isEqualTo(ImportMessages.keys(Locale.ENGLISH));
        for (String key : new String[] {ImportException.TOO_LARGE, ImportException.EMPTY, ImportException.CORRUPT,
            ImportException.ZIP_BOMB, ImportException.ENCRYPTED, ImportException.LEGACY_FORMAT, ImportException.UNSUPPORTED,
            ImportException.ENCODING, ImportException.NO_PLAN, ImportException.NOT_A_PLAN, ImportException.UNREADABLE}) {
            assertThat(ImportMessages.keys(vi)).contains(key);
        }
        for (ImportFlag f : ImportFlag.values()) {
            assertThat(ImportMessages.keys(vi)).contains("flag." + f.name());
        }
        for (Confidence c : Confidence.values()) {
            assertThat(ImportMessages.keys(vi)).contains("confidence." + c.name());
        }
        for (String key : ImportMessages.keys(vi)) {
            String v = ImportMessages.text(key, vi, "X");
            String en = ImportMessages.text(key, Locale.ENGLISH, "X");
            assertThat(v).as(key).isNotBlank().isNotEqualTo(en).isNotEqualTo(key);
            assertThat(en).as(key).isNotBlank();
        }
        assertThat(ImportMessages.text(ImportException.NO_PLAN, vi)).contains("kế hoạch");
    }
}

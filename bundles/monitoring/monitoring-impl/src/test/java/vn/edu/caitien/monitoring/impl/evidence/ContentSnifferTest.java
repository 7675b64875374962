package vn.edu.caitien.monitoring.impl.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.monitoring.api.FileType;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Problem;

class ContentSnifferTest {

    @TempDir
    Path dir;

    private final ContentSniffer sniffer = new ContentSniffer(50, 1024 * 1024);

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String refusal(String name, byte[] content) throws IOException {
        Path f = file(name, content);
        MonitoringValidationException e = catchThrowableOfType(() -> sniffer.detect(f, name),
                MonitoringValidationException.class);
        assertThat(e).as(name).isNotNull();
        return e.problems().stream().map(Problem::key).findFirst().orElseThrow();
    }

    @Test
    void recognisesEachAcceptedType() throws IOException {
        assertThat(sniffer.detect(file("a.pdf", "%PDF-1.4\n...".getBytes()), "a.pdf")).isEqualTo(FileType.PDF);
        assertThat(sniffer.detect(file("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1}),
                "Ảnh.PNG")).isEqualTo(FileType.PNG);
        assertThat(sniffer.detect(file("a.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}),
                "a.jpeg")).isEqualTo(FileType.JPEG);
        assertThat(sniffer.detect(file("a.gif", "GIF89a....".getBytes()), "a.gif")).isEqualTo(FileType.GIF);
        assertThat(sniffer.detect(file("a.docx", zip("[Content_Types].xml", "word/document.xml")), "bien ban.docx"))
                .isEqualTo(FileType.DOCX);
        assertThat(sniffer.detect(file("a.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")), "a.xlsx"))
                .isEqualTo(FileType.XLSX);
        byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0};
        assertThat(sniffer.detect(file("a.doc", ole), "a.doc")).isEqualTo(FileType.DOC);
        assertThat(sniffer.detect(file("a.xls", ole), "a.xls")).isEqualTo(FileType.XLS);
    }

    @Test
    void aRenamedFileIsRefused() throws IOException {
        assertThat(refusal("bao-cao.pdf", zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo(MonitoringValidationException.FILE_MISMATCH);
        assertThat(refusal("anh.jpg", "%PDF-1.4".getBytes())).isEqualTo(MonitoringValidationException.FILE_MISMATCH);
        byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        assertThat(refusal("bang.pdf", ole)).isEqualTo(MonitoringValidationException.FILE_MISMATCH);
        assertThat(refusal("virus.exe", "MZ\u0090\u0000".getBytes())).isEqualTo(MonitoringValidationException.FILE_TYPE);
        assertThat(refusal("notes.txt", "Biên bản".getBytes())).isEqualTo(MonitoringValidationException.FILE_TYPE);
        assertThat(refusal("plain.docx", zip("readme.txt"))).isEqualTo(MonitoringValidationException.FILE_TYPE);
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
        // 64 MB of zeros compress to ~64 KB; the limit is 1 MB uncompressed.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThat(refusal("bomb.docx", out.toByteArray())).isEqualTo(MonitoringValidationException.FILE_SUSPICIOUS);

        String[] many = new String[60];
        many[0] = "[Content_Types].xml";
        for (int i = 1; i < many.length; i++) {
            many[i] = "word/part" + i + ".xml";
        }
        assertThat(refusal("many.docx", zip(many))).isEqualTo(MonitoringValidationException.FILE_SUSPICIOUS);
        byte[] damaged = zip("[Content_Types].xml", "word/document.xml");
        damaged[40] ^= 0x5a;
        damaged[41] ^= 0x5a;
        assertThat(refusal("damaged.docx", java.util.Arrays.copyOf(damaged, damaged.length / 2)))
                .isIn(MonitoringValidationException.FILE_SUSPICIOUS, MonitoringValidationException.FILE_TYPE);
    }
}

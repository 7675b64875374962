package vn.edu.caitien.monitoring.impl.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.edu.caitien.monitoring.api.FileType;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Problem;

/**
 * Recognises an evidence file by its content and checks that its name fits. Office 2007+ files are zip archives:
 * they are walked entry by entry, counting the bytes actually inflated (never trusting the sizes the archive
 * declares), and refused past {@code maxEntries} entries or {@code maxUnzippedBytes} in all, so a zip bomb costs at
 * most that much work. Thread-safe.
 */
public final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};

    private final int maxEntries;
    private final long maxUnzippedBytes;

    /**
     * @param maxEntries       the most entries a zip-based document may hold
     * @param maxUnzippedBytes the most bytes its entries may inflate to, in all
     */
    public ContentSniffer(int maxEntries, long maxUnzippedBytes) {
        this.maxEntries = maxEntries;
        this.maxUnzippedBytes = maxUnzippedBytes;
    }

    /**
     * @param file     the uploaded bytes
     * @param fileName the name as uploaded
     * @return the type
     * @throws MonitoringValidationException {@code FILE_TYPE} for content of no accepted type, {@code FILE_MISMATCH}
     *                                       when the extension does not fit, {@code FILE_SUSPICIOUS} for a zip bomb or
     *                                       a damaged archive
     */
    public FileType detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, n);
        String ext = extension(fileName);
        FileType type;
        if (startsWith(head, PDF)) {
            type = FileType.PDF;
        } else if (startsWith(head, PNG)) {
            type = FileType.PNG;
        } else if (startsWith(head, JPEG)) {
            type = FileType.JPEG;
        } else if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            type = FileType.GIF;
        } else if (startsWith(head, OLE2)) {
            // Word and Excel 97-2003 share the OLE2 container; which one it is lives deep in its directory, so the
            // extension decides between the two, and anything else is a mismatch.
            if (FileType.DOC.extensions().contains(ext)) {
                return FileType.DOC;
            }
            if (FileType.XLS.extensions().contains(ext)) {
                return FileType.XLS;
            }
            throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_MISMATCH,
                    fileName, "DOC/XLS"));
        } else if (startsWith(head, ZIP)) {
            type = office(file, fileName);
        } else {
            throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_TYPE, fileName));
        }
        if (!type.extensions().contains(ext)) {
            throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_MISMATCH,
                    fileName, type.name()));
        }
        return type;
    }

    private FileType office(Path file, String fileName) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw suspicious(fileName);
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                int r;
                while ((r = zip.read(buffer)) > 0) {
                    total += r;
                    if (total > maxUnzippedBytes) {
                        throw suspicious(fileName);
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw suspicious(fileName);
        }
        if (contentTypes && word && !excel) {
            return FileType.DOCX;
        }
        if (contentTypes && excel && !word) {
            return FileType.XLSX;
        }
        // A plain zip (or an OpenDocument file) is not an accepted evidence type.
        throw new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_TYPE, fileName));
    }

    private static MonitoringValidationException suspicious(String fileName) {
        return new MonitoringValidationException(Problem.of("file", MonitoringValidationException.FILE_SUSPICIOUS,
                fileName));
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.trim();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.edu.caitien.export.importer.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.edu.caitien.export.importer.ImportException;

/**
 * Looks inside a ZIP (DOCX, XLSX) before any library parses it: the archive must be complete (it has its end
 * record), and expanding it must stay under an entry count and a total size (zip bombs). Each entry is actually
 * inflated and counted, so lying size fields do not help.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    /** @return the entry names; @throws ImportException CORRUPT or ZIP_BOMB */
    static Set<String> check(byte[] zip, int maxEntries, long maxUncompressed) {
        if (!hasEndRecord(zip)) {
            throw new ImportException(ImportException.CORRUPT);
        }
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (names.size() >= maxEntries) {
                    throw new ImportException(ImportException.ZIP_BOMB);
                }
                names.add(e.getName());
                total += drain(in, buffer, maxUncompressed - total);
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.CORRUPT, e);
        }
        if (names.isEmpty()) {
            throw new ImportException(ImportException.CORRUPT);
        }
        return names;
    }

    private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
        long n = 0;
        int r;
        while ((r = in.read(buffer)) > 0) {
            n += r;
            if (n > allowed) {
                throw new ImportException(ImportException.ZIP_BOMB);
            }
        }
        return n;
    }

    /** @return whether the end-of-central-directory record is in the last 64 KB (a cut-short upload lacks it) */
    static boolean hasEndRecord(byte[] zip) {
        int from = Math.max(0, zip.length - 22 - 65535);
        for (int i = zip.length - 22; i >= from; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }
}

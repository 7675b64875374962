package vn.edu.caitien.bench.exportimport;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.export.importer.impl.PlanImporterImpl;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * Times the import of a long plan: the THCS seed with its table repeated (about 8 pages per copy in Word, so 4
 * copies make a 30-page plan), as Word's plain text and as a DOCX built from the same lines.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int copies = Integer.parseInt(args[0]);
        List<String> seed = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        List<String> lines = longPlan(seed, copies);
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        byte[] docx = docx(lines);
        CatalogueService catalogue = PlanFixtures.catalogue(DerbyTestDatabase.open("bench-import"));
        PlanImporter importer = new PlanImporterImpl(catalogue, new PlanImporterImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PlanImporterImpl.Config.class;
            }

            @Override
            public long max_bytes() {
                return 20L * 1024 * 1024;
            }

            @Override
            public int max_zip_entries() {
                return 1000;
            }

            @Override
            public long max_uncompressed_bytes() {
                return 200L * 1024 * 1024;
            }
        });
        ImportResult sample = importer.importText(PlanFixtures.PRINCIPAL, text, ImportOptions.guess());
        System.out.printf("plan: %d lines, %d table rows, %d actions, %d source units (%d unrecognised); text %d KB, DOCX %d KB%n",
                lines.size(), lines.stream().filter(l -> l.contains("\t")).count(), sample.plan().actions().size(),
                sample.sourceUnits(), sample.unrecognised().size(), text.length / 1024, docx.length / 1024);
        time("text", () -> importer.importText(PlanFixtures.PRINCIPAL, text, ImportOptions.guess()));
        time("docx", () -> importer.importDocx(PlanFixtures.PRINCIPAL, docx, ImportOptions.guess()));
        System.out.printf("load average during the run: %.1f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** The seed with the plan-table rows (every line with a tab after the header row) repeated. */
    static List<String> longPlan(List<String> seed, int copies) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < seed.size(); i++) {
            if (seed.get(i).startsWith("TT\t")) {
                first = i + 1;
            }
            if (first > 0 && i >= first && (seed.get(i).contains("\t") || seed.get(i).isBlank())) {
                last = i;
            } else if (first > 0 && i >= first) {
                break;
            }
        }
        List<String> out = new ArrayList<>(seed.subList(0, first));
        for (int c = 0; c < copies; c++) {
            out.addAll(seed.subList(first, last + 1));
        }
        out.addAll(seed.subList(last + 1, seed.size()));
        return out;
    }

    /** Lines with tabs become rows of one 9-column table (the first such run), the others paragraphs. */
    static byte[] docx(List<String> lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : lines) {
                if (line.contains("\t")) {
                    String[] cells = Arrays.copyOf(line.split("\t", -1), 9);
                    XWPFTableRow row;
                    if (table == null) {
                        table = doc.createTable(1, 9);
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    for (int c = 0; c < 9; c++) {
                        if (cells[c] != null && !cells[c].isBlank()) {
                            row.getCell(c).setText(cells[c]);
                        }
                    }
                } else if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void time(String label, java.util.function.Supplier<ImportResult> run) {
        for (int i = 0; i < 20; i++) {
            run.get();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ns = new long[50];
        long[] cpu = new long[50];
        for (int i = 0; i < ns.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.get();
            ns[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf("%s import: wall p50 %.1f ms, p95 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p95 %.1f ms"
                + " (50 warm rounds after 20 warm-up)%n", label, ns[25] / 1e6, ns[47] / 1e6, ns[49] / 1e6,
                cpu[25] / 1e6, cpu[47] / 1e6);
    }
}

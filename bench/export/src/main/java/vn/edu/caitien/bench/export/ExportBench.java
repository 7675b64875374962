package vn.edu.caitien.bench.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.impl.DocumentServiceImpl;
import vn.edu.caitien.export.impl.ExportFixtures;
import vn.edu.caitien.export.impl.render.DocxRenderer;
import vn.edu.caitien.export.impl.render.PdfRenderer;
import vn.edu.caitien.export.impl.render.XlsxRenderer;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The document service over the real plan service on in-memory Derby: warm export times of a 100-action plan per
 * format (read from the database, build the model, render), then a batch of plans exported as DOCX and PDF into one
 * zip, with the peak heap (the sum of the heap pools' peak "used" during the batch). Wall-clock and thread CPU
 * times are both printed: the CPU time is what a render costs when the machine is not shared.
 */
public final class ExportBench {

    /** CPU time of the measuring thread: on a busy machine it shows the cost better than the wall clock. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        DerbyTestDatabase db = new DerbyTestDatabase("bench-export");
        db.beforeEach(null);
        try {
            CatalogueService catalogue = PlanFixtures.catalogue(db);
            PlanServiceImpl plans = PlanFixtures.service(db, catalogue);
            DocumentServiceImpl documents = ExportFixtures.service(plans, catalogue);
            PlanDocument big = ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 1, actions - 3);
            System.out.printf("plan with %d actions in %d rows%n", big.actions().size(), big.getRows().size());
            for (String format : List.of("docx", "pdf", "xlsx", "json")) {
                time(documents, big, format);
            }
            Document model = documents.build(PlanFixtures.PRINCIPAL, DocumentRequest.plan(big.getId())).orElseThrow();
            render("docx", new DocxRenderer(), model);
            render("pdf", new PdfRenderer(), model);
            render("xlsx", new XlsxRenderer(), model);
            long[] build = new long[50];
            for (int i = 0; i < 80; i++) {
                long t = System.nanoTime();
                documents.build(PlanFixtures.PRINCIPAL, DocumentRequest.plan(big.getId())).orElseThrow();
                if (i >= 30) {
                    build[i - 30] = System.nanoTime() - t;
                }
            }
            Arrays.sort(build);
            System.out.printf("read the plan + build the model: median %6.1f ms%n", build[25] / 1e6);
            batch(documents, plans, batch);
        } finally {
            db.close();
        }
    }

    private static void time(DocumentServiceImpl documents, PlanDocument plan, String format) {
        DocumentRequest request = DocumentRequest.plan(plan.getId());
        for (int i = 0; i < 30; i++) {
            documents.export(PlanFixtures.PRINCIPAL, request, format).orElseThrow();
        }
        int runs = 50;
        long[] ns = new long[runs];
        long[] cpu = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ExportedFile f = documents.export(PlanFixtures.PRINCIPAL, request, format).orElseThrow();
            ns[i] = System.nanoTime() - t;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
            size = f.content().length;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf("%-4s warm export: wall median %6.1f ms (p90 %6.1f, min %6.1f); CPU median %6.1f ms; "
                + "file %,d bytes%n", format, ns[runs / 2] / 1e6, ns[runs * 9 / 10] / 1e6, ns[0] / 1e6,
                cpu[runs / 2] / 1e6, size);
    }

    /** The renderer alone on a built model: what the format costs, without reading the plan. */
    private static void render(String format, DocumentRenderer renderer, Document model) throws Exception {
        for (int i = 0; i < 30; i++) {
            renderer.render(model, OutputStream.nullOutputStream());
        }
        long[] ns = new long[50];
        long[] cpu = new long[50];
        for (int i = 0; i < ns.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            renderer.render(model, OutputStream.nullOutputStream());
            ns[i] = System.nanoTime() - t;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf("%-4s render only: wall median %6.1f ms (p90 %6.1f); CPU median %6.1f ms%n", format,
                ns[25] / 1e6, ns[45] / 1e6, cpu[25] / 1e6);
    }

    private static void batch(DocumentServiceImpl documents, PlanServiceImpl plans, int count) throws Exception {
        long setup = System.nanoTime();
        List<PlanDocument> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Plans of 3 to 42 actions, numbered apart (a school's numbers are unique per year).
            all.add(ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 100 + i, i % 40));
        }
        System.out.printf("batch: %d plans saved in %.1f s%n", count, (System.nanoTime() - setup) / 1e9);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t = System.nanoTime();
        long bytes = 0;
        try (ZipOutputStream zip = new ZipOutputStream(OutputStream.nullOutputStream())) {
            for (PlanDocument p : all) {
                for (String format : List.of("docx", "pdf")) {
                    ExportedFile f = documents.export(PlanFixtures.PRINCIPAL, DocumentRequest.plan(p.getId()), format)
                            .orElseThrow();
                    zip.putNextEntry(new ZipEntry(p.getId() + "-" + f.fileName()));
                    zip.write(f.content());
                    zip.closeEntry();
                    bytes += f.content().length;
                }
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("batch: %d plans as DOCX + PDF (%,d bytes) in %.1f s (%.0f ms per plan); peak heap %d MB "
                + "(max heap %d MB)%n", count, bytes, seconds, seconds * 1000 / count, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}

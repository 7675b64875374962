package vn.edu.caitien.bench.export;

import java.io.File;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Felix with the bundles of a resolved composition folder (features/target/export/NAME), reports the start
 * time and the heap after start, and, when the composition holds the export module, renders a small document with
 * every registered DocumentRenderer inside the framework (POI, OpenPDF and the fonts loaded as bundles).
 * Usage: OsgiSmoke FOLDER [OUTPUT-FOLDER]
 */
public final class OsgiSmoke {

    public static void main(String[] args) throws Exception {
        File folder = new File(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "bench/export/target/osgi");
        Files.createDirectories(out);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("felix").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // As common.bndrun: Wicket imports jakarta.xml.parsers, which the system bundle must export.
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "jakarta.xml.parsers");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        System.gc();
        long heapBefore = used();
        long t0 = System.nanoTime();
        Framework fw = factory.newFramework(config);
        fw.init();
        BundleContext ctx = fw.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        File[] jars = folder.listFiles((d, n) -> n.endsWith(".jar"));
        Arrays.sort(jars);
        for (File jar : jars) {
            bundles.add(ctx.installBundle(jar.toURI().toString()));
        }
        fw.start();
        List<String> failed = new ArrayList<>();
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (Exception e) {
                    failed.add(b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        long started = System.nanoTime() - t0;
        int active = (int) bundles.stream().filter(b -> b.getState() == Bundle.ACTIVE).count();
        System.out.printf("%s: %d bundles, %d active, started in %d ms%n", folder.getName(), bundles.size(), active,
                started / 1_000_000);
        failed.forEach(f -> System.out.println("  NOT STARTED " + f));
        ServiceReference<?>[] renderers = ctx.getAllServiceReferences("vn.edu.caitien.export.api.DocumentRenderer", null);
        if (renderers != null) {
            Bundle api = Arrays.stream(ctx.getBundles())
                    .filter(b -> "vn.edu.caitien.export.api".equals(b.getSymbolicName())).findFirst().orElseThrow();
            Object document = document(api);
            long r0 = System.nanoTime();
            for (ServiceReference<?> ref : renderers) {
                String format = String.valueOf(ref.getProperty("export.format"));
                Object renderer = ctx.getService(ref);
                Method render = Arrays.stream(renderer.getClass().getMethods()).filter(m -> m.getName().equals("render"))
                        .findFirst().orElseThrow();
                Path file = out.resolve("smoke." + format);
                try (OutputStream os = Files.newOutputStream(file)) {
                    render.invoke(renderer, document, os);
                }
                System.out.printf("  rendered %-4s in the framework: %,d bytes -> %s%n", format, Files.size(file), file);
            }
            System.out.printf("  first renders (class loading included): %d ms%n", (System.nanoTime() - r0) / 1_000_000);
        }
        System.gc();
        Thread.sleep(300);
        System.gc();
        System.out.printf("  heap used after start%s: %d MB more than before the framework%n",
                renderers == null ? "" : " and the first renders", (used() - heapBefore) >> 20);
        fw.stop();
        fw.waitForStop(10_000);
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** A small document built with the export-api classes of the framework (reflection: another class space). */
    private static Object document(Bundle api) throws Exception {
        String p = "vn.edu.caitien.export.api.";
        Class<?> paragraph = api.loadClass(p + "Paragraph");
        Class<?> section = api.loadClass(p + "Section");
        Class<?> orientation = api.loadClass(p + "Orientation");
        Class<?> kind = api.loadClass(p + "DocumentKind");
        Class<?> doc = api.loadClass(p + "Document");
        Class<?> table = api.loadClass(p + "Table");
        Class<?> column = api.loadClass(p + "Table$Column");
        Class<?> columnType = api.loadClass(p + "Table$ColumnType");
        Class<?> row = api.loadClass(p + "Table$Row");
        Class<?> rowKind = api.loadClass(p + "Table$RowKind");
        Class<?> cell = api.loadClass(p + "Table$Cell");
        Method text = paragraph.getMethod("text", String.class);
        Method cellText = cell.getMethod("text", String.class);
        Object money = Enum.valueOf(columnType.asSubclass(Enum.class), "MONEY");
        Object textType = Enum.valueOf(columnType.asSubclass(Enum.class), "TEXT");
        List<Object> columns = List.of(column.getConstructors()[0].newInstance("Công việc/giải pháp", 3, textType),
                column.getConstructors()[0].newInstance("Dự kiến kinh phí", 1, money));
        Object header = row.getConstructors()[0].newInstance(Enum.valueOf(rowKind.asSubclass(Enum.class), "HEADER"),
                List.of(cellText.invoke(null, "Công việc/giải pháp"), cellText.invoke(null, "Dự kiến kinh phí")));
        Object body = row.getConstructors()[0].newInstance(Enum.valueOf(rowKind.asSubclass(Enum.class), "BODY"),
                List.of(cellText.invoke(null, "Kiện toàn hội đồng trường"),
                        cell.getMethod("withAmount", Long.class).invoke(cellText.invoke(null, "15 triệu đồng"), 15_000_000L)));
        Object t = table.getConstructors()[0].newInstance("Kế hoạch", columns, List.of(header, body));
        Object s = section.getConstructors()[0].newInstance(Enum.valueOf(orientation.asSubclass(Enum.class), "LANDSCAPE"),
                List.of(text.invoke(null, "Tiêu chuẩn, tiêu chí: Kết quả cần đạt, ngày 09 tháng 9 năm 2025"), t));
        return doc.getConstructors()[0].newInstance(Enum.valueOf(kind.asSubclass(Enum.class), "PLAN"), "Kế hoạch",
                "smoke", List.of(s), Map.of("a", 1));
    }
}

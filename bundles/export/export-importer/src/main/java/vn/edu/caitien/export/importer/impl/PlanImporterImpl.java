package vn.edu.caitien.export.importer.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.export.importer.ImportException;
import vn.edu.caitien.export.importer.ImportFormat;
import vn.edu.caitien.export.importer.ImportNotice;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * The importer: guards the input (size, ZIP structure and expansion, password protection, encoding), reads it
 * into blocks, decides the regime, parses and reports every unit. Configuration PID
 * {@code vn.edu.caitien.export.importer.impl.PlanImporterImpl}.
 */
@Component(service = PlanImporter.class)
@Designate(ocd = PlanImporterImpl.Config.class)
public final class PlanImporterImpl implements PlanImporter {

    /** Configuration. */
    @ObjectClassDefinition(name = "Cải Tiến plan importer", description = "Limits of plan imports.")
    public @interface Config {
        /** @return the largest file accepted, in bytes */
        @AttributeDefinition(name = "Largest file (bytes)")
        long max_bytes() default 20L * 1024 * 1024;

        /** @return the most entries a DOCX or XLSX may have */
        @AttributeDefinition(name = "Most ZIP entries")
        int max_zip_entries() default 1000;

        /** @return the most bytes a DOCX or XLSX may expand to */
        @AttributeDefinition(name = "Largest expanded size (bytes)")
        long max_uncompressed_bytes() default 200L * 1024 * 1024;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlanImporterImpl.class);
    private static final Pattern CITED = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})\\s*/\\s*TT", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(20\\d\\d)\\s*[-–—]\\s*(20\\d\\d)");

    /** How long the list of regimes is reused; published catalogue versions never change, so criteria are kept. */
    private static final long REGIMES_TTL_NANOS = 60_000_000_000L;

    private final CatalogueService catalogue;
    private volatile Config config;
    private volatile List<Regime> regimes;
    private volatile long regimesRead;
    private final java.util.Map<String, List<vn.edu.caitien.catalogue.api.Criterion>> criteria = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<vn.edu.caitien.catalogue.api.Level4Item>> level4 = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param catalogue the criteria catalogue; @param config the limits */
    @Activate
    public PlanImporterImpl(@Reference CatalogueService catalogue, Config config) {
        this.catalogue = catalogue;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.config = config;
        // POI's own guards as a second line behind ZipGuard (JVM-wide settings of POI; its inflate-ratio check, 1 %,
        // stays as POI ships it): the largest entry and the most entries.
        ZipSecureFile.setMaxEntrySize(Math.max(config.max_uncompressed_bytes(), 1024 * 1024));
        ZipSecureFile.setMaxFileCount(Math.max(config.max_zip_entries(), 100));
        LOG.info("Plan importer limits: {} bytes per file, {} ZIP entries, {} bytes expanded", config.max_bytes(),
                config.max_zip_entries(), config.max_uncompressed_bytes());
    }

    @Override
    public long maxBytes() {
        return config.max_bytes();
    }

    @Override
    public ImportResult importFile(PortalUser user, String fileName, byte[] content, ImportOptions options) {
        return guarded(() -> {
            checkSize(content);
            Kind kind = sniff(content);
            return switch (kind) {
                case DOCX -> docx(user, content, options);
                case XLSX -> xlsx(user, content, options);
                case TEXT -> text(user, content, options);
            };
        });
    }

    @Override
    public ImportResult importDocx(PortalUser user, byte[] docx, ImportOptions options) {
        return guarded(() -> {
            checkSize(docx);
            Kind kind = sniff(docx);
            if (kind != Kind.DOCX) {
                throw new ImportException(kind == Kind.XLSX ? ImportException.UNSUPPORTED : ImportException.CORRUPT);
            }
            return docx(user, docx, options);
        });
    }

    @Override
    public ImportResult importText(PortalUser user, byte[] text, ImportOptions options) {
        return guarded(() -> {
            checkSize(text);
            Kind kind = sniff(text);
            if (kind != Kind.TEXT) {
                throw new ImportException(ImportException.UNSUPPORTED);
            }
            return text(user, text, options);
        });
    }

    @Override
    public ImportResult importXlsx(PortalUser user, byte[] xlsx, ImportOptions options) {
        return guarded(() -> {
            checkSize(xlsx);
            Kind kind = sniff(xlsx);
            if (kind != Kind.XLSX) {
                throw new ImportException(kind == Kind.DOCX ? ImportException.UNSUPPORTED : ImportException.CORRUPT);
            }
            return xlsx(user, xlsx, options);
        });
    }

    private interface Work {
        ImportResult run() throws IOException;
    }

    /** Lets only ImportException out: anything a library throws on hostile input becomes UNREADABLE. */
    private static ImportResult guarded(Work work) {
        try {
            return work.run();
        } catch (ImportException e) {
            throw e;
        } catch (vn.edu.caitien.portal.api.AccessDeniedException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.warn("Import failed on unreadable input", e);
            throw new ImportException(ImportException.UNREADABLE, e);
        }
    }

    private void checkSize(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(ImportException.EMPTY);
        }
        if (content.length > config.max_bytes()) {
            throw new ImportException(ImportException.TOO_LARGE, config.max_bytes() / (1024 * 1024));
        }
    }

    private enum Kind { DOCX, XLSX, TEXT }

    private Kind sniff(byte[] b) throws IOException {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
            Set<String> names = ZipGuard.check(b, config.max_zip_entries(), config.max_uncompressed_bytes());
            if (names.contains("word/document.xml")) {
                return Kind.DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return Kind.XLSX;
            }
            throw new ImportException(ImportException.UNSUPPORTED);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0) {
            boolean encrypted;
            try {
                encrypted = withPoiLoader(() -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
                        return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
                    }
                });
            } catch (IOException | RuntimeException e) {
                throw new ImportException(ImportException.CORRUPT, e);
            }
            throw new ImportException(encrypted ? ImportException.ENCRYPTED : ImportException.LEGACY_FORMAT);
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            throw new ImportException(ImportException.UNSUPPORTED);
        }
        if (b.length >= 5 && b[0] == '{' && b[1] == '\\' && b[2] == 'r' && b[3] == 't' && b[4] == 'f') {
            throw new ImportException(ImportException.UNSUPPORTED);
        }
        int zeros = 0;
        int sample = Math.min(b.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
        if (zeros > 0 && !utf16) {
            throw new ImportException(ImportException.UNSUPPORTED);
        }
        return Kind.TEXT;
    }

    private interface PoiWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs POI with its own bundle's class loader as the thread context class loader: XMLBeans finds the OOXML
     * schema types through it (see bundles/poi). Outside OSGi it is the same loader as ours.
     */
    private static <T> T withPoiLoader(PoiWork<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private ImportResult docx(PortalUser user, byte[] bytes, ImportOptions options) throws IOException {
        List<Block> blocks;
        try {
            blocks = withPoiLoader(() -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                    return DocxReader.read(doc);
                }
            });
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ImportException(ImportException.ENCRYPTED, e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new ImportException(ImportException.CORRUPT, e);
        }
        return finish(user, blocks, options, ImportFormat.DOCX, "", new ArrayList<>());
    }

    private ImportResult xlsx(PortalUser user, byte[] bytes, ImportOptions options) throws IOException {
        List<Block> blocks;
        try {
            blocks = withPoiLoader(() -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    return XlsxReader.read(wb);
                }
            });
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ImportException(ImportException.ENCRYPTED, e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new ImportException(ImportException.CORRUPT, e);
        }
        return finish(user, blocks, options, ImportFormat.XLSX, "", new ArrayList<>());
    }

    private ImportResult text(PortalUser user, byte[] bytes, ImportOptions options) {
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        List<ImportNotice> notices = new ArrayList<>();
        if (d.legacy()) {
            notices.add(new ImportNotice("warning.encodingConverted", d.encoding()));
        }
        return finish(user, TextReader.read(d.text()), options, ImportFormat.TEXT, d.encoding(), notices);
    }

    private ImportResult finish(PortalUser user, List<Block> blocks, ImportOptions options, ImportFormat format,
                                String encoding, List<ImportNotice> notices) {
        ImportOptions o = options == null ? ImportOptions.guess() : options;
        CatalogueView view = view(user, blocks, o, notices);
        PlanParser parser = new PlanParser(view);
        PlanDocument plan = parser.parse(blocks);
        notices.addAll(parser.warnings());
        List<ImportPiece> pieces = new ArrayList<>();
        List<ImportPiece> unrecognised = new ArrayList<>();
        int units = 0;
        for (Block b : blocks) {
            for (Unit u : b.units()) {
                units++;
                ImportPiece p = u.piece();
                (p.recognised() ? pieces : unrecognised).add(p);
            }
        }
        if (!unrecognised.isEmpty()) {
            notices.add(new ImportNotice("warning.unrecognised", String.valueOf(unrecognised.size())));
        }
        return new ImportResult(plan, format, encoding, units, pieces, unrecognised, notices);
    }

    // ------------------------------------------------------------------ regime

    private CatalogueView view(PortalUser user, List<Block> blocks, ImportOptions o, List<ImportNotice> notices) {
        if (user == null) {
            throw new vn.edu.caitien.portal.api.AccessDeniedException("catalogue", "no signed-in user");
        }
        List<Regime> regimes = regimes(user);
        Regime regime = null;
        SchoolLevel level = o.schoolLevel() != null ? o.schoolLevel() : levelOf(blocks);
        if (o.regimeId() != null && !o.regimeId().isBlank()) {
            regime = regimes.stream().filter(r -> r.id().equals(o.regimeId())).findFirst().orElse(null);
            if (regime == null) {
                LOG.warn("Import asked for unknown regime {}; guessing it from the document", o.regimeId());
            }
        }
        if (regime == null) {
            for (String cited : cited(blocks)) {
                regime = regimes.stream().filter(r -> r.circular().startsWith(cited)).findFirst().orElse(null);
                if (regime != null) {
                    break;
                }
            }
        }
        if (regime == null && level != null) {
            LocalDate when = periodOf(blocks).map(p -> LocalDate.of(p.startYear(), 9, 1)).orElse(LocalDate.now());
            SchoolLevel lv = level;
            Optional<Regime> inForce = regimes.stream().filter(r -> r.schoolLevels().contains(lv))
                    .filter(r -> !r.effective().isAfter(when)).max(Comparator.comparing(Regime::effective));
            regime = inForce.orElse(null);
            if (regime != null) {
                notices.add(new ImportNotice("warning.regimeGuessed", regime.circular()));
            }
        }
        if (regime == null) {
            notices.add(new ImportNotice("warning.regimeUnknown"));
            return CatalogueView.none();
        }
        String appendix = o.appendix() != null ? o.appendix()
                : level != null ? regime.appendixFor(level).orElse(regime.defaultAppendix()) : regime.defaultAppendix();
        Regime chosen = regime;
        String key = regime.id() + "@" + regime.currentVersion();
        return new CatalogueView(regime.id(), appendix, regime.currentVersion(), regime.planForm(),
                criteria.computeIfAbsent(key + "/" + appendix,
                        k -> catalogue.criteria(user, chosen.id(), chosen.currentVersion(), appendix)),
                level4.computeIfAbsent(key, k -> catalogue.level4Items(user, chosen.id(), chosen.currentVersion())));
    }

    /** The regimes, read again once a minute (a newly published version is seen within that time). */
    private List<Regime> regimes(PortalUser user) {
        List<Regime> r = regimes;
        if (r == null || System.nanoTime() - regimesRead > REGIMES_TTL_NANOS) {
            r = catalogue.regimes(user);
            regimes = r;
            regimesRead = System.nanoTime();
        }
        return r;
    }

    /** @return circulars cited as "NN/YYYY", in order of appearance */
    private static List<String> cited(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Unit u : b.units()) {
                Matcher m = CITED.matcher(u.text);
                while (m.find()) {
                    String c = Integer.parseInt(m.group(1)) + "/" + m.group(2);
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** @return the school level named in the header block (school name or document symbol), if any */
    static SchoolLevel levelOf(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            for (Unit u : b.units()) {
                String f = " " + Texts.fold(u.text).replace('-', ' ') + " ";
                if (f.contains(" thcs") || f.contains("trung hoc co so")) {
                    return SchoolLevel.THCS;
                }
                if (f.contains(" thpt") || f.contains("trung hoc pho thong")) {
                    return SchoolLevel.THPT;
                }
                if (f.contains("tieu hoc") || f.contains(" th ") || f.matches(".*\\skh th\\p{L}*\\s.*")) {
                    return SchoolLevel.TH;
                }
                if (f.contains("mam non") || f.contains("mau giao") || f.contains("nha tre") || f.contains(" kh mn")) {
                    return SchoolLevel.MN;
                }
                if (f.contains("giao duc thuong xuyen") || f.contains("gdtx")) {
                    return SchoolLevel.GDTX;
                }
            }
            if (++seen > 15) {
                break;
            }
        }
        return null;
    }

    private static Optional<PlanPeriod> periodOf(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            for (Unit u : b.units()) {
                String f = Texts.fold(u.text);
                if ((f.contains("nam hoc") || f.contains("giai doan")) && YEARS.matcher(u.text).find()) {
                    try {
                        return Optional.of(PlanPeriod.parse(u.text));
                    } catch (IllegalArgumentException e) {
                        // not a plausible period; keep looking
                    }
                }
            }
            if (++seen > 15) {
                break;
            }
        }
        return Optional.empty();
    }
}

package vn.edu.caitien.catalogue.impl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.Appendix;
import vn.edu.caitien.catalogue.api.Applicability;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueDiff;
import vn.edu.caitien.catalogue.api.CatalogueImportException;
import vn.edu.caitien.catalogue.api.CatalogueNotFoundException;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.CatalogueVersion;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.CriterionMapping;
import vn.edu.caitien.catalogue.api.ImportReport;
import vn.edu.caitien.catalogue.api.Indicator;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.ProvinceOverride;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.catalogue.api.SearchHit;
import vn.edu.caitien.catalogue.api.Standard;
import vn.edu.caitien.catalogue.impl.db.AppendixRow;
import vn.edu.caitien.catalogue.impl.db.CatalogueStore;
import vn.edu.caitien.catalogue.impl.db.CriterionRow;
import vn.edu.caitien.catalogue.impl.db.IndicatorRow;
import vn.edu.caitien.catalogue.impl.db.MappingRow;
import vn.edu.caitien.catalogue.impl.db.OverrideRow;
import vn.edu.caitien.catalogue.impl.db.RegimeRow;
import vn.edu.caitien.catalogue.impl.db.SearchRow;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueYamlReader;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueYamlWriter;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * The catalogue services over the portal database. On activation it applies the {@code catalogue} migrations and
 * loads the shipped catalogues that are not loaded yet.
 */
@Component(service = {CatalogueService.class, CatalogueAdminService.class})
@Designate(ocd = CatalogueServiceImpl.Config.class)
public final class CatalogueServiceImpl implements CatalogueService, CatalogueAdminService {

    /** Configuration; PID {@code vn.edu.caitien.catalogue.impl.CatalogueServiceImpl}. */
    @ObjectClassDefinition(name = "Cải Tiến criteria catalogue")
    public @interface Config {
        /** @return the largest catalogue file accepted for import, in bytes; larger files are refused unread */
        @AttributeDefinition(name = "Largest import file (bytes)")
        int max_import_bytes() default 2 * 1024 * 1024;

        /** @return whether to load the shipped catalogues on activation (each file once) */
        @AttributeDefinition(name = "Load shipped catalogues on first start")
        boolean load_shipped() default true;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueServiceImpl.class);

    private final CatalogueStore store;
    /**
     * The criteria of each published version and appendix, which never change once published (a change is a new
     * version): the plan editor asks for them on every page. Bounded by clearing; there are a few dozen at most.
     */
    private final Map<String, List<Criterion>> criteriaByVersion = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED_VERSIONS = 64;
    private final Clock clock;
    private final CatalogueYamlWriter writer = new CatalogueYamlWriter();
    private volatile CatalogueYamlReader reader;

    /** Migrates the schema, builds the MyBatis factory and loads the shipped catalogues. */
    @Activate
    public CatalogueServiceImpl(@Reference PortalDatabase database, @Reference SchemaMigrator migrator,
                                Config config) {
        this(migrateAndOpen(database, migrator), config, Clock.systemUTC());
    }

    CatalogueServiceImpl(CatalogueStore store, Config config, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.reader = new CatalogueYamlReader(config.max_import_bytes());
        if (config.load_shipped()) {
            int loaded = ShippedCatalogues.load(store, clock.instant());
            LOG.info("Catalogue ready; {} shipped file(s) loaded now", loaded);
        }
    }

    private static CatalogueStore migrateAndOpen(PortalDatabase database, SchemaMigrator migrator) {
        int version = migrator.migrate(CatalogueModule.ID, CatalogueServiceImpl.class);
        LOG.info("Catalogue schema at version {}", version);
        return new CatalogueStore(MyBatisFactory.create(database, CatalogueStore.MAPPERS, CatalogueStore.ALIASES));
    }

    @Modified
    void modified(Config config) {
        this.reader = new CatalogueYamlReader(config.max_import_bytes());
        LOG.info("Catalogue import limit is now {} bytes", config.max_import_bytes());
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Regime> regimes(PortalUser user) {
        Guard.signedIn(user);
        return store.read(m -> m.findRegimes().stream()
                .map(r -> toRegime(r, m.findAppendices(r.versionId()))).toList());
    }

    @Override
    public Optional<Regime> regime(PortalUser user, String regimeId) {
        Guard.signedIn(user);
        return store.read(m -> Optional.ofNullable(m.findRegime(regimeId))
                .map(r -> toRegime(r, m.findAppendices(r.versionId()))));
    }

    @Override
    public List<CatalogueVersion> versions(PortalUser user, String regimeId) {
        Guard.signedIn(user);
        List<CatalogueVersion> versions = store.read(m -> m.findVersions(regimeId)).stream()
                .map(v -> new CatalogueVersion(v.regimeId(), v.versionNo(), v.publishedAt(), v.publishedBy(),
                        v.note()))
                .toList();
        if (versions.isEmpty()) {
            throw new CatalogueNotFoundException(regimeId);
        }
        return versions;
    }

    @Override
    public List<Standard> standards(PortalUser user, String regimeId, int version, String appendix) {
        Guard.signedIn(user);
        RegimeRow r = resolve(regimeId, version);
        return store.read(m -> m.findStandards(r.versionId(), appendix)).stream()
                .map(s -> new Standard(regimeId, r.versionNo(), s.appendix(), s.standardNo(), s.title())).toList();
    }

    @Override
    public List<Criterion> criteria(PortalUser user, String regimeId, int version, String appendix) {
        Guard.signedIn(user);
        RegimeRow r = resolve(regimeId, version);
        String key = r.versionId() + "/" + appendix;
        List<Criterion> cached = criteriaByVersion.get(key);
        if (cached != null) {
            return cached;
        }
        List<Criterion> loaded = store.read(m -> {
            Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
            for (IndicatorRow i : m.findIndicators(r.versionId(), appendix)) {
                indicators.computeIfAbsent(i.criterionId(), k -> new ArrayList<>()).add(toIndicator(i));
            }
            return m.findCriteria(r.versionId(), appendix).stream()
                    .map(c -> toCriterion(r, c, indicators.getOrDefault(c.id(), List.of()))).toList();
        });
        if (criteriaByVersion.size() >= CACHED_VERSIONS) {
            criteriaByVersion.clear();
        }
        criteriaByVersion.put(key, loaded);
        return loaded;
    }

    @Override
    public Optional<Criterion> criterion(PortalUser user, CriterionKey key, int version) {
        Guard.signedIn(user);
        Optional<RegimeRow> r = store.regime(key.regimeId(), version);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        return store.read(m -> {
            CriterionRow c = m.findCriterion(r.get().versionId(), key.appendix(), key.code());
            return c == null ? Optional.empty() : Optional.of(toCriterion(r.get(), c,
                    m.findIndicatorsOf(c.id()).stream().map(CatalogueServiceImpl::toIndicator).toList()));
        });
    }

    @Override
    public List<Level4Item> level4Items(PortalUser user, String regimeId, int version) {
        Guard.signedIn(user);
        RegimeRow r = resolve(regimeId, version);
        return store.read(m -> m.findLevel4Items(r.versionId())).stream()
                .map(l -> new Level4Item(l.code(), l.summary())).toList();
    }

    @Override
    public List<SearchHit> search(PortalUser user, String query, int limit) {
        Guard.signedIn(user);
        List<String> words = Text.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> patterns = words.stream().map(w -> "% " + w + "%").toList();
        List<SearchRow> rows = new ArrayList<>(store.read(m -> m.search(patterns)));
        // Stable sort: within a rank, the SQL order (circular, appendix, standard, position) stays.
        rows.sort(Comparator.comparingInt(r -> rank(r.title(), words)));
        return rows.stream().limit(Math.max(1, limit))
                .map(r -> new SearchHit(new CriterionKey(r.regimeId(), r.appendix(), r.code()), r.versionNo(),
                        r.circular(), r.standardNo(), r.standardTitle(), r.title(), r.mandatory()))
                .toList();
    }

    /**
     * Lower is better: hits whose own title holds more of the query words come first, and among those, titles
     * holding those words as one phrase. Words like "tiêu chí" match every criterion and so rank nothing.
     */
    private static int rank(String title, List<String> words) {
        String folded = " " + Text.fold(title) + " ";
        List<String> inTitle = words.stream().filter(w -> folded.contains(" " + w)).toList();
        boolean phrase = !inTitle.isEmpty() && folded.contains(" " + String.join(" ", inTitle));
        return -(inTitle.size() * 2 + (phrase ? 1 : 0));
    }

    @Override
    public Applicability applicableRegime(PortalUser user, School school, SchoolLevel level, SchoolYear year) {
        Guard.signedIn(user);
        List<OverrideRow> overrides = store.readMappings(m -> m.findOverrides());
        for (String province : school.supervisorIds()) {
            Optional<OverrideRow> override = overrides.stream()
                    .filter(o -> o.provinceId().equals(province) && o.schoolLevel().equals(level.name())
                            && o.fromYear() <= year.startYear())
                    .max(Comparator.comparingInt(OverrideRow::fromYear));
            if (override.isPresent()) {
                Regime regime = regime(user, override.get().regimeId())
                        .orElseThrow(() -> new CatalogueNotFoundException(override.get().regimeId()));
                return new Applicability(regime.id(), regime.currentVersion(),
                        regime.appendixFor(level).orElse(regime.defaultAppendix()), province);
            }
        }
        Regime regime = regimes(user).stream()
                .filter(r -> r.appendixFor(level).isPresent() && !r.effective().isAfter(year.referenceDate()))
                .max(Comparator.comparing(Regime::effective).thenComparing(Regime::issued))
                .orElseThrow(() -> new CatalogueNotFoundException(level + " in " + year));
        return new Applicability(regime.id(), regime.currentVersion(), regime.appendixFor(level).orElseThrow(),
                null);
    }

    @Override
    public CatalogueDiff diff(PortalUser user, String regimeId, int fromVersion, int toVersion) {
        Guard.signedIn(user);
        CatalogueDocument older = store.document(regimeId, fromVersion)
                .orElseThrow(() -> new CatalogueNotFoundException(regimeId + " v" + fromVersion));
        CatalogueDocument newer = store.document(regimeId, toVersion)
                .orElseThrow(() -> new CatalogueNotFoundException(regimeId + " v" + toVersion));
        return CatalogueDiffer.diff(older, newer, fromVersion, toVersion);
    }

    @Override
    public List<CriterionMapping> mappings(PortalUser user, String fromRegimeId, String toRegimeId) {
        Guard.signedIn(user);
        RegimeRow from = resolve(fromRegimeId, CURRENT);
        List<MappingRow> rows = store.readMappings(m -> m.findMappings(fromRegimeId, toRegimeId));
        return store.read(m -> m.findCriteria(from.versionId(), null)).stream()
                .map(c -> new CriterionMapping(new CriterionKey(fromRegimeId, c.appendix(), c.code()),
                        rows.stream().filter(r -> r.fromAppendix().equals(c.appendix())
                                        && r.fromCode().equals(c.code()))
                                .map(r -> new CriterionKey(toRegimeId, r.toAppendix(), r.toCode())).toList()))
                .toList();
    }

    @Override
    public String exportYaml(PortalUser user, String regimeId, int version) {
        Guard.signedIn(user);
        return writer.write(store.document(regimeId, version)
                .orElseThrow(() -> new CatalogueNotFoundException(regimeId + " v" + version)));
    }

    @Override
    public List<ProvinceOverride> provinceOverrides(PortalUser user) {
        Guard.signedIn(user);
        return store.readMappings(m -> m.findOverrides()).stream()
                .map(o -> new ProvinceOverride(o.provinceId(), SchoolLevel.valueOf(o.schoolLevel()),
                        new SchoolYear(o.fromYear()), o.regimeId()))
                .toList();
    }

    // ---------------------------------------------------------------- changes

    @Override
    public ImportReport validate(PortalUser user, byte[] yaml) {
        Guard.admin(user);
        return report(reader.read(yaml));
    }

    private static ImportReport report(CatalogueYamlReader.Result result) {
        CatalogueDocument doc = result.document();
        return doc == null ? new ImportReport(result.problems(), "", "", 0, 0)
                : new ImportReport(result.problems(), doc.regimeId(), doc.circular(), doc.standards().size(),
                        doc.criteria().size());
    }

    @Override
    public CatalogueVersion publish(PortalUser user, byte[] yaml, int expectedCurrentVersion, String note) {
        Guard.admin(user);
        CatalogueYamlReader.Result result = reader.read(yaml);
        if (result.document() == null) {
            throw new CatalogueImportException(report(result));
        }
        var now = clock.instant();
        String text = note == null ? "" : note;
        int version = store.publish(result.document(), user.id(), text, expectedCurrentVersion, now, null);
        LOG.info("User {} published version {} of {}", user.id(), version, result.document().regimeId());
        return new CatalogueVersion(result.document().regimeId(), version, now, user.id(), Text.nfc(text));
    }

    @Override
    public void confirmOfficialText(PortalUser user, String regimeId) {
        Guard.admin(user);
        if (store.markChecked(regimeId, true, user.id(), clock.instant()) == 0) {
            throw new CatalogueNotFoundException(regimeId);
        }
        LOG.info("User {} confirmed {} against the official text", user.id(), regimeId);
    }

    @Override
    public void replaceMapping(PortalUser user, CriterionKey from, String toRegimeId, List<CriterionKey> targets) {
        Guard.admin(user);
        if (criterion(user, from, CURRENT).isEmpty()) {
            throw new IllegalArgumentException("unknown criterion " + from);
        }
        for (CriterionKey target : targets) {
            if (!target.regimeId().equals(toRegimeId) || criterion(user, target, CURRENT).isEmpty()) {
                throw new IllegalArgumentException("unknown target criterion " + target);
            }
        }
        var now = clock.instant();
        store.writeMappings(m -> {
            m.deleteMapping(from.regimeId(), from.appendix(), from.code(), toRegimeId);
            int position = 0;
            for (CriterionKey t : targets) {
                m.insertMapping(from.regimeId(), from.appendix(), from.code(), toRegimeId, t.appendix(), t.code(),
                        position++, user.id(), now);
            }
            return targets.size();
        });
        LOG.info("User {} mapped {} to {} criteria of {}", user.id(), from, targets.size(), toRegimeId);
    }

    @Override
    public void setProvinceOverride(PortalUser user, ProvinceOverride override) {
        Guard.admin(user);
        Regime regime = regime(user, override.regimeId())
                .orElseThrow(() -> new CatalogueNotFoundException(override.regimeId()));
        if (regime.appendixFor(override.level()).isEmpty()) {
            throw new IllegalArgumentException(regime.id() + " does not cover " + override.level());
        }
        var now = clock.instant();
        store.writeMappings(m -> {
            m.deleteOverride(override.provinceId(), override.level().name(), override.fromYear().startYear());
            return m.insertOverride(override.provinceId(), override.level().name(),
                    override.fromYear().startYear(), override.regimeId(), user.id(), now);
        });
        LOG.info("User {} set {} for level {} from {} in province {}", user.id(), override.regimeId(),
                override.level(), override.fromYear(), override.provinceId());
    }

    @Override
    public void removeProvinceOverride(PortalUser user, String provinceId, SchoolLevel level, SchoolYear fromYear) {
        Guard.admin(user);
        store.writeMappings(m -> m.deleteOverride(provinceId, level.name(), fromYear.startYear()));
    }

    // ---------------------------------------------------------------- conversions

    private RegimeRow resolve(String regimeId, int version) {
        return store.regime(regimeId, version)
                .orElseThrow(() -> new CatalogueNotFoundException(regimeId + " v" + version));
    }

    private static Regime toRegime(RegimeRow r, List<AppendixRow> appendixRows) {
        List<Appendix> appendices = new ArrayList<>();
        Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
        for (AppendixRow a : appendixRows) {
            List<String> labels = CatalogueStore.split(a.labels());
            Set<SchoolLevel> covered = EnumSet.noneOf(SchoolLevel.class);
            labels.forEach(l -> covered.addAll(CatalogueYamlReader.levelsOf(l)));
            appendices.add(new Appendix(a.code(), labels, covered));
            levels.addAll(covered);
        }
        return new Regime(r.id(), r.circular(), r.title(), r.issued().toLocalDate(), r.effective().toLocalDate(),
                CatalogueStore.split(r.amendedBy()), levels, RuleSet.valueOf(r.ruleSet()),
                CatalogueStore.levels(r.levels()), r.mandatoryAllowed(), PlanForm.valueOf(r.planForm()),
                r.officialTextChecked(), r.currentVersion(), appendices);
    }

    private static Criterion toCriterion(RegimeRow r, CriterionRow c, List<Indicator> indicators) {
        return new Criterion(new CriterionKey(r.id(), c.appendix(), c.code()), r.versionNo(), c.standardNo(),
                c.title(), c.mandatory(), c.summary(), indicators);
    }

    private static Indicator toIndicator(IndicatorRow i) {
        return new Indicator(i.levelNo(), i.letter(), i.officialText(), i.summary());
    }
}

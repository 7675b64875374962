package vn.edu.caitien.catalogue.impl.db;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.PublishConflictException;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.impl.Text;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.AppendixDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.CriterionDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.IndicatorDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.Level4Doc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.StandardDoc;

/**
 * All database work of the catalogue, one {@link SqlSession} per call. Holds no session; thread-safe.
 * Multi-valued columns (amending circulars, appendix labels, levels) are stored as text joined by
 * {@link #LIST_SEPARATOR} or commas.
 */
public final class CatalogueStore {

    /** The mapper interfaces, for {@code MyBatisFactory.create}. */
    public static final List<Class<?>> MAPPERS = List.of(CatalogueMapper.class, MappingMapper.class);

    /** The row classes, registered as aliases. */
    public static final List<Class<?>> ALIASES = List.of(RegimeRow.class, VersionRow.class, AppendixRow.class,
            StandardRow.class, CriterionRow.class, IndicatorRow.class, Level4Row.class, SearchRow.class,
            MappingRow.class, OverrideRow.class, NewVersion.class, NewCriterion.class);

    /** Separates list items stored in one column. */
    public static final String LIST_SEPARATOR = "\n";

    private final SqlSessionFactory factory;

    /** @param factory built over {@link #MAPPERS} and {@link #ALIASES} */
    public CatalogueStore(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /** Runs a read with the catalogue mapper. */
    public <T> T read(Function<CatalogueMapper, T> work) {
        try (SqlSession session = factory.openSession()) {
            return work.apply(session.getMapper(CatalogueMapper.class));
        }
    }

    /** Runs a read with the mapping mapper. */
    public <T> T readMappings(Function<MappingMapper, T> work) {
        try (SqlSession session = factory.openSession()) {
            return work.apply(session.getMapper(MappingMapper.class));
        }
    }

    /** Runs a write with the mapping mapper in one transaction. */
    public <T> T writeMappings(Function<MappingMapper, T> work) {
        try (SqlSession session = factory.openSession(false)) {
            T result = work.apply(session.getMapper(MappingMapper.class));
            session.commit();
            return result;
        }
    }

    /** Marks a regime as checked (or not) against the official text; returns the rows changed. */
    public int markChecked(String regimeId, boolean checked, String by, Instant at) {
        try (SqlSession session = factory.openSession(false)) {
            int rows = session.getMapper(CatalogueMapper.class).markChecked(regimeId, checked, by, at);
            session.commit();
            return rows;
        }
    }

    /**
     * @param versionNo a version number, or 0 for the current one
     * @return the regime with that version's metadata, or empty
     */
    public Optional<RegimeRow> regime(String regimeId, int versionNo) {
        return Optional.ofNullable(read(m -> versionNo == 0 ? m.findRegime(regimeId)
                : m.findRegimeVersion(regimeId, versionNo)));
    }

    /**
     * Publishes a document as the next version of its regime: every row or none.
     *
     * @param expected the version the publisher saw, or {@link CatalogueAdminService#ANY_VERSION}
     * @param shippedLoad name recorded in {@code SHIPPED_LOAD} in the same transaction, or null
     * @return the new version number
     * @throws PublishConflictException when another publish of the same regime won
     */
    public int publish(CatalogueDocument doc, String by, String note, int expected, Instant now,
                       String shippedLoad) {
        String regimeId = doc.regimeId();
        try (SqlSession session = factory.openSession(false)) {
            CatalogueMapper m = session.getMapper(CatalogueMapper.class);
            if (shippedLoad != null) {
                // First, so that two starts at once collide on the primary key before doing any work.
                session.getMapper(MappingMapper.class).insertShippedLoad(shippedLoad, now);
            }
            Integer current = m.findCurrentVersion(regimeId);
            if (current == null) {
                m.insertRegime(regimeId, doc.officialTextChecked());
                current = 0;
            } else if (!doc.officialTextChecked()) {
                m.markChecked(regimeId, false, null, null);
            }
            if (expected != CatalogueAdminService.ANY_VERSION && expected != current) {
                throw new PublishConflictException(regimeId, null);
            }
            int next = current + 1;
            // Move the regime to the next version first: the row lock this takes makes a concurrent publisher wait
            // here and then find the version moved (0 rows), instead of deadlocking later on the version's
            // foreign key and unique index.
            if (m.advanceVersion(regimeId, current, next) != 1) {
                throw new PublishConflictException(regimeId, null);
            }
            long versionId = insertVersion(m, doc, next, by, note, now);
            insertContent(m, doc, versionId);
            session.commit();
            return next;
        } catch (PersistenceException e) {
            if (isConflict(e)) {
                throw new PublishConflictException(regimeId, e);
            }
            throw e;
        }
    }

    /** Records a shipped file as loaded without publishing anything (for data that is not a catalogue). */
    public boolean isShippedLoaded(String name) {
        return readMappings(m -> m.countShippedLoad(name)) > 0;
    }

    /**
     * @return whether the exception comes from a unique-key violation, a deadlock or a lock time-out: what two
     *         concurrent publishes of one regime produce
     */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("40001")
                    || sql.getSQLState().equals("40XL1") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static long insertVersion(CatalogueMapper m, CatalogueDocument doc, int next, String by, String note,
                                      Instant now) {
        NewVersion v = new NewVersion();
        v.regimeId = doc.regimeId();
        v.versionNo = next;
        v.circular = doc.circular();
        v.title = doc.title();
        v.issued = java.sql.Date.valueOf(doc.issued());
        v.effective = java.sql.Date.valueOf(doc.effective());
        v.amendedBy = String.join(LIST_SEPARATOR, doc.amendedBy());
        v.levels = String.join(",", doc.levels().stream().map(String::valueOf).toList());
        v.ruleSet = doc.ruleSet().name();
        v.planForm = doc.planForm().name();
        v.mandatoryAllowed = doc.ruleSet() == RuleSet.RULES_2026;
        v.publishedAt = now;
        v.publishedBy = by;
        v.note = note == null ? "" : Text.nfc(note);
        m.insertVersion(v);
        return v.id;
    }

    private static void insertContent(CatalogueMapper m, CatalogueDocument doc, long versionId) {
        int position = 0;
        for (AppendixDoc a : doc.appendices()) {
            m.insertAppendix(versionId, a.code(), position++, String.join(LIST_SEPARATOR, a.labels()));
            for (StandardDoc s : doc.standards()) {
                String standardTitle = s.titleFor(a.code());
                m.insertStandard(versionId, a.code(), s.number(), standardTitle);
                int criterionPosition = 0;
                for (CriterionDoc c : s.criteria()) {
                    NewCriterion row = new NewCriterion();
                    row.versionId = versionId;
                    row.appendix = a.code();
                    row.code = c.code();
                    row.standardNo = s.number();
                    row.position = criterionPosition++;
                    row.title = c.titleFor(a.code());
                    row.mandatory = c.mandatory();
                    row.summary = c.summary();
                    row.note = c.note();
                    row.searchText = searchText(c.code(), row.title, standardTitle);
                    m.insertCriterion(row);
                    for (IndicatorDoc i : c.indicators()) {
                        m.insertIndicator(row.id, i.level(), i.letter(), i.text(), i.summary());
                    }
                }
            }
        }
        int itemPosition = 0;
        for (Level4Doc item : doc.level4()) {
            m.insertLevel4Item(versionId, itemPosition++, item.code(), item.summary());
        }
    }

    /** The folded text a criterion is searched by, with a leading and trailing space for word-start matching. */
    static String searchText(String code, String title, String standardTitle) {
        return " " + Text.fold("tiêu chí " + code + " " + title + " tiêu chuẩn " + standardTitle) + " ";
    }

    /**
     * Reads a version back as a document, for export and diff. Titles that differ between appendices are
     * written out for every appendix.
     */
    public Optional<CatalogueDocument> document(String regimeId, int versionNo) {
        try (SqlSession session = factory.openSession()) {
            CatalogueMapper m = session.getMapper(CatalogueMapper.class);
            RegimeRow r = versionNo == 0 ? m.findRegime(regimeId) : m.findRegimeVersion(regimeId, versionNo);
            if (r == null) {
                return Optional.empty();
            }
            List<AppendixDoc> appendices = m.findAppendices(r.versionId()).stream()
                    .map(a -> new AppendixDoc(a.code(), split(a.labels()))).toList();
            List<String> codes = appendices.stream().map(AppendixDoc::code).toList();
            Map<Integer, Map<String, String>> standardTitles = new LinkedHashMap<>();
            for (StandardRow s : m.findStandards(r.versionId(), null)) {
                standardTitles.computeIfAbsent(s.standardNo(), k -> new LinkedHashMap<>()).put(s.appendix(), s.title());
            }
            List<CriterionRow> criteria = m.findCriteria(r.versionId(), null);
            Map<Long, List<IndicatorDoc>> indicators = new LinkedHashMap<>();
            for (IndicatorRow i : m.findIndicators(r.versionId(), null)) {
                indicators.computeIfAbsent(i.criterionId(), k -> new ArrayList<>())
                        .add(new IndicatorDoc(i.levelNo(), i.letter(), i.officialText(), i.summary()));
            }
            Map<String, CriterionRow> first = new LinkedHashMap<>();
            Map<String, Map<String, String>> criterionTitles = new LinkedHashMap<>();
            criteria.stream()
                    .sorted((a, b) -> a.standardNo() != b.standardNo() ? Integer.compare(a.standardNo(), b.standardNo())
                            : a.position() != b.position() ? Integer.compare(a.position(), b.position())
                            : Integer.compare(codes.indexOf(a.appendix()), codes.indexOf(b.appendix())))
                    .forEach(c -> {
                        first.putIfAbsent(c.code(), c);
                        criterionTitles.computeIfAbsent(c.code(), k -> new LinkedHashMap<>()).put(c.appendix(), c.title());
                    });
            List<StandardDoc> standards = new ArrayList<>();
            for (Map.Entry<Integer, Map<String, String>> s : standardTitles.entrySet()) {
                List<CriterionDoc> docs = new ArrayList<>();
                for (CriterionRow c : first.values()) {
                    if (c.standardNo() == s.getKey()) {
                        docs.add(new CriterionDoc(c.code(), collapse(criterionTitles.get(c.code()), codes),
                                c.mandatory(), c.summary(), c.note(), indicators.getOrDefault(c.id(), List.of())));
                    }
                }
                standards.add(new StandardDoc(s.getKey(), collapse(s.getValue(), codes), docs));
            }
            List<Level4Doc> level4 = m.findLevel4Items(r.versionId()).stream()
                    .map(l -> new Level4Doc(l.code(), l.summary())).toList();
            boolean checked = r.officialTextChecked();
            return Optional.of(new CatalogueDocument(r.id(), r.circular(), r.title(), r.issued().toLocalDate(), r.effective().toLocalDate(),
                    split(r.amendedBy()), appendices, levels(r.levels()), RuleSet.valueOf(r.ruleSet()),
                    PlanForm.valueOf(r.planForm()), checked, standards, level4));
        }
    }

    private static Map<String, String> collapse(Map<String, String> byAppendix, List<String> codes) {
        if (byAppendix.values().stream().distinct().count() == 1) {
            return Map.of("", byAppendix.values().iterator().next());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        codes.forEach(code -> {
            if (byAppendix.containsKey(code)) {
                ordered.put(code, byAppendix.get(code));
            }
        });
        return ordered;
    }

    /** @return the items of a list column; empty for blank */
    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    /** @return the levels of a {@code 1,2,3} column */
    public static List<Integer> levels(String joined) {
        return List.of(joined.split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
    }
}

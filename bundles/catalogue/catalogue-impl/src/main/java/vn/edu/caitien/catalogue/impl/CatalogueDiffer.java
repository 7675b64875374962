package vn.edu.caitien.catalogue.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.caitien.catalogue.api.CatalogueDiff;
import vn.edu.caitien.catalogue.api.CatalogueDiff.Change;
import vn.edu.caitien.catalogue.api.CatalogueDiff.Kind;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.CriterionDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.IndicatorDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.Level4Doc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.StandardDoc;

/** Compares two versions of one regime, appendix by appendix. */
final class CatalogueDiffer {

    private CatalogueDiffer() {
    }

    static CatalogueDiff diff(CatalogueDocument older, CatalogueDocument newer, int fromVersion, int toVersion) {
        List<Change> changes = new ArrayList<>();
        Set<String> appendices = new LinkedHashSet<>(older.appendixCodes());
        appendices.addAll(newer.appendixCodes());
        for (String appendix : appendices) {
            Map<String, String> oldStandards = standards(older, appendix);
            Map<String, String> newStandards = standards(newer, appendix);
            compare(changes, appendix, oldStandards, newStandards, "title");
            Map<String, CriterionDoc> oldCriteria = criteria(older, appendix);
            Map<String, CriterionDoc> newCriteria = criteria(newer, appendix);
            Set<String> codes = new LinkedHashSet<>(oldCriteria.keySet());
            codes.addAll(newCriteria.keySet());
            for (String code : codes) {
                CriterionDoc a = oldCriteria.get(code);
                CriterionDoc b = newCriteria.get(code);
                if (a == null) {
                    changes.add(new Change(Kind.ADDED, appendix, code, "", "", b.titleFor(appendix)));
                } else if (b == null) {
                    changes.add(new Change(Kind.REMOVED, appendix, code, "", a.titleFor(appendix), ""));
                } else {
                    field(changes, appendix, code, "title", a.titleFor(appendix), b.titleFor(appendix));
                    field(changes, appendix, code, "mandatory", String.valueOf(a.mandatory()),
                            String.valueOf(b.mandatory()));
                    field(changes, appendix, code, "summary", nz(a.summary()), nz(b.summary()));
                    for (int level = 1; level <= 3; level++) {
                        field(changes, appendix, code, "indicators.level" + level, indicators(a, level),
                                indicators(b, level));
                    }
                }
            }
        }
        Map<String, String> oldItems = older.level4().stream()
                .collect(Collectors.toMap(Level4Doc::code, Level4Doc::summary, (x, y) -> x, LinkedHashMap::new));
        Map<String, String> newItems = newer.level4().stream()
                .collect(Collectors.toMap(Level4Doc::code, Level4Doc::summary, (x, y) -> x, LinkedHashMap::new));
        compare(changes, "", oldItems, newItems, "summary");
        return new CatalogueDiff(newer.regimeId(), fromVersion, toVersion, changes);
    }

    private static void compare(List<Change> changes, String appendix, Map<String, String> a, Map<String, String> b,
                                String field) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            if (!a.containsKey(key)) {
                changes.add(new Change(Kind.ADDED, appendix, key, "", "", b.get(key)));
            } else if (!b.containsKey(key)) {
                changes.add(new Change(Kind.REMOVED, appendix, key, "", a.get(key), ""));
            } else {
                field(changes, appendix, key, field, a.get(key), b.get(key));
            }
        }
    }

    private static void field(List<Change> changes, String appendix, String code, String field, String a,
                              String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new Change(Kind.CHANGED, appendix, code, field, a, b));
        }
    }

    private static Map<String, String> standards(CatalogueDocument doc, String appendix) {
        Map<String, String> map = new LinkedHashMap<>();
        if (doc.appendixCodes().contains(appendix)) {
            for (StandardDoc s : doc.standards()) {
                map.put("TC" + s.number(), s.titleFor(appendix));
            }
        }
        return map;
    }

    private static Map<String, CriterionDoc> criteria(CatalogueDocument doc, String appendix) {
        Map<String, CriterionDoc> map = new LinkedHashMap<>();
        if (doc.appendixCodes().contains(appendix)) {
            doc.criteria().forEach(c -> map.put(c.code(), c));
        }
        return map;
    }

    /** Count and, where known, texts of one level's indicators, as one comparable string. */
    private static String indicators(CriterionDoc c, int level) {
        List<IndicatorDoc> list = c.indicators().stream().filter(i -> i.level() == level).toList();
        StringBuilder out = new StringBuilder().append(list.size());
        for (IndicatorDoc i : list) {
            if (i.text() != null || i.summary() != null) {
                out.append("; ").append(i.letter()).append(") ").append(nz(i.text())).append(nz(i.summary()));
            }
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

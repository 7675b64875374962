package vn.edu.caitien.catalogue.impl.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.AppendixDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.CriterionDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.IndicatorDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.Level4Doc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.StandardDoc;

/**
 * Writes a catalogue as YAML of the shape {@link CatalogueYamlReader} reads (and the shipped files use).
 * Indicators are written as counts unless some carry text. Thread-safe.
 */
public final class CatalogueYamlWriter {

    /** @return the YAML text */
    public String write(CatalogueDocument doc) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("id", doc.regimeId());
        top.put("circular", doc.circular());
        if (!doc.title().isEmpty()) {
            top.put("title", doc.title());
        }
        top.put("issued", doc.issued().toString());
        top.put("effective", doc.effective().toString());
        if (!doc.amendedBy().isEmpty()) {
            top.put("amended_by", doc.amendedBy().size() == 1 ? doc.amendedBy().get(0) : doc.amendedBy());
        }
        if (doc.appendices().size() == 1 && doc.appendices().get(0).code().isEmpty()) {
            top.put("school_levels", doc.appendices().get(0).labels());
        } else {
            List<Object> appendices = new ArrayList<>();
            for (AppendixDoc a : doc.appendices()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("appendix", a.printed());
                m.put("school_levels", a.labels());
                appendices.add(m);
            }
            top.put("appendices", appendices);
        }
        top.put("levels", doc.levels());
        top.put("rule_set", doc.ruleSet() == RuleSet.RULES_2026 ? "2026" : "2018");
        top.put("plan_form", doc.planForm() == PlanForm.BIEU_2 ? "BIEU_2" : "TABLE_2018");
        top.put("official_text_checked", doc.officialTextChecked());
        List<Object> standards = new ArrayList<>();
        for (StandardDoc s : doc.standards()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("number", s.number());
            sm.put("title", titles(s.titles()));
            List<Object> criteria = new ArrayList<>();
            for (CriterionDoc c : s.criteria()) {
                criteria.add(criterion(c));
            }
            sm.put("criteria", criteria);
            standards.add(sm);
        }
        top.put("standards", standards);
        if (!doc.level4().isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (Level4Doc item : doc.level4()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", item.code());
                m.put("summary", item.summary());
                items.add(m);
            }
            top.put("level4", items);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(160);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(top);
    }

    private static Object titles(Map<String, String> titles) {
        return titles.size() == 1 && titles.containsKey("") ? titles.get("") : new LinkedHashMap<>(titles);
    }

    private static Map<String, Object> criterion(CriterionDoc c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("title", titles(c.titles()));
        if (c.mandatory()) {
            m.put("mandatory", true);
        }
        if (!c.indicators().isEmpty()) {
            boolean detailed = c.indicators().stream().anyMatch(i -> i.text() != null || i.summary() != null);
            Map<String, Object> byLevel = new LinkedHashMap<>();
            for (IndicatorDoc i : c.indicators()) {
                String key = "level" + i.level();
                if (detailed) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) byLevel.computeIfAbsent(key, k -> new ArrayList<>());
                    Map<String, Object> im = new LinkedHashMap<>();
                    im.put("letter", i.letter());
                    if (i.text() != null) {
                        im.put("text", i.text());
                    }
                    if (i.summary() != null) {
                        im.put("summary", i.summary());
                    }
                    list.add(im);
                } else {
                    byLevel.merge(key, 1, (a, b) -> (Integer) a + 1);
                }
            }
            m.put("indicators", byLevel);
        }
        if (c.summary() != null) {
            m.put("summary", c.summary());
        }
        if (c.note() != null) {
            m.put("note", c.note());
        }
        return m;
    }
}

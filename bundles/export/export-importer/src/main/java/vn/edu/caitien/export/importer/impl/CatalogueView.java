package vn.edu.caitien.export.importer.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.PlanForm;

/** The criteria of the regime and appendix an import is checked against (empty when none could be decided). */
final class CatalogueView {

    final String regimeId;
    final String appendix;
    final int version;
    final PlanForm form;
    final Map<String, Criterion> byCode = new LinkedHashMap<>();
    final List<Level4Item> level4;

    CatalogueView(String regimeId, String appendix, int version, PlanForm form, List<Criterion> criteria,
                  List<Level4Item> level4) {
        this.regimeId = regimeId;
        this.appendix = appendix;
        this.version = version;
        this.form = form;
        criteria.forEach(c -> byCode.put(c.code(), c));
        this.level4 = List.copyOf(level4);
    }

    static CatalogueView none() {
        return new CatalogueView("", "", 0, PlanForm.TABLE_2018, List.of(), List.of());
    }

    boolean known() {
        return !regimeId.isEmpty();
    }

    Criterion criterion(String code) {
        return byCode.get(code);
    }
}

package vn.edu.caitien.catalogue.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.catalogue.api.Appendix;
import vn.edu.caitien.catalogue.api.Applicability;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.CatalogueDiff;
import vn.edu.caitien.catalogue.api.CatalogueImportException;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.CatalogueVersion;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionKey;
import vn.edu.caitien.catalogue.api.CriterionMapping;
import vn.edu.caitien.catalogue.api.ImportProblem;
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
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;

/** A two-regime catalogue in memory: a slice of TT 18 and of TT 57 (not yet checked). */
final class FakeCatalogue implements CatalogueService, CatalogueAdminService {

    boolean tt57Checked;
    final List<String> published = new ArrayList<>();

    private static Regime tt18() {
        return new Regime("tt18-2018", "18/2018/TT-BGDĐT", "Quy định kiểm định THCS", LocalDate.of(2018, 8, 22),
                LocalDate.of(2018, 10, 10), List.of(), Set.of(SchoolLevel.THCS), RuleSet.RULES_2018,
                List.of(1, 2, 3), false, PlanForm.TABLE_2018, true, 1,
                List.of(new Appendix("", List.of("THCS"), Set.of(SchoolLevel.THCS))));
    }

    private Regime tt57() {
        return new Regime("tt57-2026", "57/2026/TT-BGDĐT", "Quy định bảo đảm chất lượng", LocalDate.of(2026, 7, 7),
                LocalDate.of(2026, 7, 7), List.of(), Set.of(SchoolLevel.MN, SchoolLevel.THCS), RuleSet.RULES_2026,
                List.of(1, 2), true, PlanForm.BIEU_2, tt57Checked, 1,
                List.of(new Appendix("I", List.of("MN"), Set.of(SchoolLevel.MN)),
                        new Appendix("II", List.of("THCS"), Set.of(SchoolLevel.THCS))));
    }

    @Override
    public List<Regime> regimes(PortalUser user) {
        return List.of(tt18(), tt57());
    }

    @Override
    public Optional<Regime> regime(PortalUser user, String regimeId) {
        return regimes(user).stream().filter(r -> r.id().equals(regimeId)).findFirst();
    }

    @Override
    public List<CatalogueVersion> versions(PortalUser user, String regimeId) {
        return List.of(new CatalogueVersion(regimeId, 2, Instant.EPOCH, "admin", ""),
                new CatalogueVersion(regimeId, 1, Instant.EPOCH, "system", ""));
    }

    @Override
    public List<Standard> standards(PortalUser user, String regimeId, int version, String appendix) {
        return regimeId.equals("tt18-2018")
                ? List.of(new Standard(regimeId, 1, appendix, 3, "Cơ sở vật chất và thiết bị dạy học"))
                : List.of(new Standard(regimeId, 1, appendix, 4,
                        "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội"));
    }

    @Override
    public List<Criterion> criteria(PortalUser user, String regimeId, int version, String appendix) {
        if (regimeId.equals("tt18-2018")) {
            return List.of(new Criterion(new CriterionKey(regimeId, "", "3.2"), 1, 3,
                    "Phòng học, phòng học bộ môn và khối phục vụ học tập", false, null,
                    List.of(new Indicator(1, "a", null, null), new Indicator(1, "b", null, null),
                            new Indicator(1, "c", null, null), new Indicator(2, "a", null, null))));
        }
        String title = appendix.equals("I")
                ? "Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động nuôi dưỡng, chăm sóc, giáo dục trẻ"
                : "Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục";
        return List.of(new Criterion(new CriterionKey(regimeId, appendix, "4.1"), 1, 4, title, true, null,
                List.of()));
    }

    @Override
    public Optional<Criterion> criterion(PortalUser user, CriterionKey key, int version) {
        return criteria(user, key.regimeId(), version, key.appendix()).stream()
                .filter(c -> c.code().equals(key.code())).findFirst();
    }

    @Override
    public List<Level4Item> level4Items(PortalUser user, String regimeId, int version) {
        return List.of();
    }

    @Override
    public List<SearchHit> search(PortalUser user, String query, int limit) {
        Criterion c = criteria(user, "tt57-2026", 0, "II").get(0);
        return query.contains("vat chat") ? List.of(new SearchHit(c.key(), 1, "57/2026/TT-BGDĐT", 4,
                "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội", c.title(), true)) : List.of();
    }

    @Override
    public Applicability applicableRegime(PortalUser user, School school, SchoolLevel level, SchoolYear year) {
        return new Applicability("tt57-2026", 1, "II", null);
    }

    @Override
    public CatalogueDiff diff(PortalUser user, String regimeId, int fromVersion, int toVersion) {
        return new CatalogueDiff(regimeId, fromVersion, toVersion, List.of(new CatalogueDiff.Change(
                CatalogueDiff.Kind.CHANGED, "", "1.5", "title", "Lớp học", "Lớp học và sĩ số")));
    }

    @Override
    public List<CriterionMapping> mappings(PortalUser user, String fromRegimeId, String toRegimeId) {
        return List.of(new CriterionMapping(new CriterionKey(fromRegimeId, "", "3.2"),
                List.of(new CriterionKey(toRegimeId, "II", "4.1"))));
    }

    @Override
    public String exportYaml(PortalUser user, String regimeId, int version) {
        return "circular: \"18/2018/TT-BGDĐT\"\n";
    }

    @Override
    public List<ProvinceOverride> provinceOverrides(PortalUser user) {
        return List.of();
    }

    @Override
    public ImportReport validate(PortalUser user, byte[] yaml) {
        String text = new String(yaml, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("1.1\"\n") && text.indexOf("1.1\"") != text.lastIndexOf("1.1\"")
                ? new ImportReport(List.of(new ImportProblem(ImportProblem.Kind.DUPLICATE_CODE, 7, "1.1")), "", "",
                        0, 0)
                : new ImportReport(List.of(), "tt99-2030", "99/2030/TT-BGDĐT", 1, 2);
    }

    @Override
    public CatalogueVersion publish(PortalUser user, byte[] yaml, int expectedCurrentVersion, String note) {
        ImportReport report = validate(user, yaml);
        if (!report.valid()) {
            throw new CatalogueImportException(report);
        }
        published.add(report.regimeId());
        return new CatalogueVersion(report.regimeId(), 1, Instant.EPOCH, user.id(), note == null ? "" : note);
    }

    @Override
    public void confirmOfficialText(PortalUser user, String regimeId) {
        tt57Checked = true;
    }

    @Override
    public void replaceMapping(PortalUser user, CriterionKey from, String toRegimeId, List<CriterionKey> targets) {
        throw new UnsupportedOperationException("not used by the panels");
    }

    @Override
    public void setProvinceOverride(PortalUser user, ProvinceOverride override) {
        throw new UnsupportedOperationException("not used by the panels");
    }

    @Override
    public void removeProvinceOverride(PortalUser user, String provinceId, SchoolLevel level, SchoolYear fromYear) {
        throw new UnsupportedOperationException("not used by the panels");
    }
}

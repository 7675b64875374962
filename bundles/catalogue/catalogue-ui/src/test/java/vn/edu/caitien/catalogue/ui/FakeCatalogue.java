package vn.edu.caitien.catalogue.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.edu.caitien.catalogue.api.PublishConflictException;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.catalogue.api.SearchHit;
import vn.edu.caitien.catalogue.api.Standard;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * A two-regime catalogue in memory: a slice of TT 18 and of TT 57 (not yet checked), both at version 2. Publishes
 * check the expected version as the real service does; mappings and province overrides are kept.
 */
final class FakeCatalogue implements CatalogueService, CatalogueAdminService {

    boolean tt57Checked;
    final List<String> published = new ArrayList<>();
    /** Current version by regime id; a published file adds its regime. */
    final Map<String, Integer> currentVersions = new LinkedHashMap<>(Map.of("tt18-2018", 2, "tt57-2026", 2));
    final Map<CriterionKey, List<CriterionKey>> mapped = new LinkedHashMap<>(Map.of(
            new CriterionKey("tt18-2018", "", "3.2"), List.of(new CriterionKey("tt57-2026", "II", "4.1"))));
    final List<ProvinceOverride> overrides = new ArrayList<>();

    private Regime tt18() {
        return new Regime("tt18-2018", "18/2018/TT-BGDĐT", "Quy định kiểm định THCS", LocalDate.of(2018, 8, 22),
                LocalDate.of(2018, 10, 10), List.of(), Set.of(SchoolLevel.THCS), RuleSet.RULES_2018,
                List.of(1, 2, 3), false, PlanForm.TABLE_2018, true, currentVersions.get("tt18-2018"),
                List.of(new Appendix("", List.of("THCS"), Set.of(SchoolLevel.THCS))));
    }

    private Regime tt57() {
        return new Regime("tt57-2026", "57/2026/TT-BGDĐT", "Quy định bảo đảm chất lượng", LocalDate.of(2026, 7, 7),
                LocalDate.of(2026, 7, 7), List.of(), Set.of(SchoolLevel.MN, SchoolLevel.THCS), RuleSet.RULES_2026,
                List.of(1, 2), true, PlanForm.BIEU_2, tt57Checked, currentVersions.get("tt57-2026"),
                List.of(new Appendix("I", List.of("MN"), Set.of(SchoolLevel.MN)),
                        new Appendix("II", List.of("THCS"), Set.of(SchoolLevel.THCS))));
    }

    @Override
    public List<Regime> regimes(PortalUser user) {
        List<Regime> regimes = new ArrayList<>(List.of(tt18(), tt57()));
        currentVersions.forEach((id, version) -> {
            if (!id.startsWith("tt18") && !id.startsWith("tt57")) {
                regimes.add(new Regime(id, "99/2030/TT-BGDĐT", "Thông tư thử", LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 1, 1), List.of(), Set.of(SchoolLevel.TH), RuleSet.RULES_2026,
                        List.of(1, 2), true, PlanForm.BIEU_2, true, version,
                        List.of(new Appendix("", List.of("TH"), Set.of(SchoolLevel.TH)))));
            }
        });
        return regimes;
    }

    @Override
    public Optional<Regime> regime(PortalUser user, String regimeId) {
        return regimes(user).stream().filter(r -> r.id().equals(regimeId)).findFirst();
    }

    @Override
    public List<CatalogueVersion> versions(PortalUser user, String regimeId) {
        List<CatalogueVersion> versions = new ArrayList<>();
        for (int n = currentVersions.getOrDefault(regimeId, 0); n > 0; n--) {
            versions.add(new CatalogueVersion(regimeId, n, Instant.EPOCH, n == 1 ? "system" : "admin", ""));
        }
        return versions;
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
                List.of()), new Criterion(new CriterionKey(regimeId, appendix, "4.2"), 1, 4,
                "Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh", true, null, List.of()));
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
        CriterionKey from = new CriterionKey(fromRegimeId, "", "3.2");
        return List.of(new CriterionMapping(from, mapped.getOrDefault(from, List.of())));
    }

    @Override
    public String exportYaml(PortalUser user, String regimeId, int version) {
        return "circular: \"18/2018/TT-BGDĐT\"\n";
    }

    @Override
    public List<ProvinceOverride> provinceOverrides(PortalUser user) {
        return List.copyOf(overrides);
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
        int current = currentVersions.getOrDefault(report.regimeId(), 0);
        if (expectedCurrentVersion != ANY_VERSION && expectedCurrentVersion != current) {
            throw new PublishConflictException(report.regimeId(), null);
        }
        currentVersions.put(report.regimeId(), current + 1);
        published.add(report.regimeId());
        return new CatalogueVersion(report.regimeId(), current + 1, Instant.EPOCH, user.id(),
                note == null ? "" : note);
    }

    @Override
    public void confirmOfficialText(PortalUser user, String regimeId) {
        tt57Checked = true;
    }

    @Override
    public void replaceMapping(PortalUser user, CriterionKey from, String toRegimeId, List<CriterionKey> targets) {
        mapped.put(from, List.copyOf(targets));
    }

    @Override
    public void setProvinceOverride(PortalUser user, ProvinceOverride override) {
        removeProvinceOverride(user, override.provinceId(), override.level(), override.fromYear());
        overrides.add(override);
    }

    @Override
    public void removeProvinceOverride(PortalUser user, String provinceId, SchoolLevel level, SchoolYear fromYear) {
        overrides.removeIf(o -> o.provinceId().equals(provinceId) && o.level() == level
                && o.fromYear().equals(fromYear));
    }
}

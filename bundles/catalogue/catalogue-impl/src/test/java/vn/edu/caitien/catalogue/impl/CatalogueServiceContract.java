package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.caitien.catalogue.impl.TestSupport.ADMIN;
import static vn.edu.caitien.catalogue.impl.TestSupport.TEACHER;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import vn.edu.caitien.catalogue.api.ProvinceOverride;
import vn.edu.caitien.catalogue.api.PublishConflictException;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.api.SchoolYear;
import vn.edu.caitien.catalogue.api.SearchHit;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.TestDatabase;

/** The catalogue service and its SQL, run on Derby and on PostgreSQL. */
abstract class CatalogueServiceContract {

    abstract TestDatabase db();

    private static final School THCS = new School("thcs-tx", "Trường THCS Thanh Xương", Set.of(SchoolLevel.THCS),
            "THCSTX", "UBND XÃ THANH XƯƠNG", List.of("ubnd-tx", "so-dien-bien"));

    @Test
    void shippedCataloguesAreListedAndLookedUpByKey() {
        CatalogueServiceImpl service = TestSupport.service(db());
        assertThat(service.regimes(TEACHER)).extracting(Regime::id)
                .containsExactly("tt17-2018", "tt18-2018", "tt19-2018", "tt57-2026");
        Regime tt57 = service.regime(TEACHER, "tt57-2026").orElseThrow();
        assertThat(tt57.officialTextChecked()).isFalse();
        assertThat(tt57.appendixFor(SchoolLevel.MN)).contains("I");
        assertThat(tt57.appendixFor(SchoolLevel.THCS)).contains("II");
        // "3.2" means different things in different circulars and appendices.
        Criterion tt18 = service.criterion(TEACHER, new CriterionKey("tt18-2018", "", "3.2"), 0).orElseThrow();
        Criterion tt57mn = service.criterion(TEACHER, new CriterionKey("tt57-2026", "I", "3.2"), 0).orElseThrow();
        Criterion tt57pt = service.criterion(TEACHER, new CriterionKey("tt57-2026", "II", "3.2"), 0).orElseThrow();
        assertThat(tt18.title()).startsWith("Phòng học");
        assertThat(tt57mn.title()).contains("trẻ em");
        assertThat(tt57pt.title()).contains("học sinh");
        assertThat(tt57pt.mandatory()).isTrue();
        assertThat(tt18.indicatorCount(1)).isEqualTo(3);
        assertThat(service.level4Items(TEACHER, "tt18-2018", 0)).hasSize(6);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        CatalogueServiceImpl service = TestSupport.service(db());
        List<SearchHit> hits = service.search(TEACHER, "tieu chi co so vat chat", 100);
        assertThat(hits).isNotEmpty();
        // A title holding the phrase comes first: TT 57 4.1 "Cơ sở vật chất, thiết bị, ...".
        assertThat(hits.get(0).title()).startsWith("Cơ sở vật chất");
        assertThat(hits).anyMatch(h -> h.standardTitle().equals("Cơ sở vật chất và thiết bị dạy học"));
        assertThat(service.search(TEACHER, "DAM BAO AN NINH", 10)).extracting(h -> h.key().code()).contains("1.10");
        assertThat(service.search(TEACHER, "đảm bảo", 10)).isNotEmpty();
        assertThat(service.search(TEACHER, "   ", 10)).isEmpty();
        assertThat(service.search(TEACHER, "co so vat chat", 2)).hasSize(2);
    }

    @Test
    void applicableRegimeFollowsTheDateAndProvinceOverrides() {
        CatalogueServiceImpl service = TestSupport.service(db());
        assertThat(service.applicableRegime(TEACHER, THCS, SchoolLevel.THCS, SchoolYear.parse("2025-2026")))
                .isEqualTo(new Applicability("tt18-2018", 1, "", null));
        assertThat(service.applicableRegime(TEACHER, THCS, SchoolLevel.THCS, SchoolYear.parse("2026-2027")))
                .isEqualTo(new Applicability("tt57-2026", 1, "II", null));
        assertThat(service.applicableRegime(TEACHER, THCS, SchoolLevel.MN, SchoolYear.parse("2027-2028")).appendix())
                .isEqualTo("I");
        service.setProvinceOverride(ADMIN, new ProvinceOverride("so-dien-bien", SchoolLevel.THCS,
                SchoolYear.parse("2026-2027"), "tt18-2018"));
        assertThat(service.applicableRegime(TEACHER, THCS, SchoolLevel.THCS, SchoolYear.parse("2026-2027")))
                .isEqualTo(new Applicability("tt18-2018", 1, "", "so-dien-bien"));
        assertThat(service.provinceOverrides(TEACHER)).hasSize(1);
        service.removeProvinceOverride(ADMIN, "so-dien-bien", SchoolLevel.THCS, SchoolYear.parse("2026-2027"));
        assertThat(service.applicableRegime(TEACHER, THCS, SchoolLevel.THCS, SchoolYear.parse("2026-2027"))
                .regimeId()).isEqualTo("tt57-2026");
    }

    @Test
    void publishingCreatesAVersionThatCanBeDiffedAndExported() {
        CatalogueServiceImpl service = TestSupport.service(db());
        String v1 = service.exportYaml(TEACHER, "tt18-2018", CatalogueService.CURRENT);
        String changed = v1.replace("title: Lớp học", "title: Lớp học và sĩ số");
        assertThat(changed).isNotEqualTo(v1);
        CatalogueVersion v2 = service.publish(ADMIN, changed.getBytes(StandardCharsets.UTF_8), 1, "Sửa 1.5");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(service.versions(TEACHER, "tt18-2018")).extracting(CatalogueVersion::number).containsExactly(2, 1);
        // A plan that recorded version 1 keeps reading version 1.
        assertThat(service.criterion(TEACHER, new CriterionKey("tt18-2018", "", "1.5"), 1).orElseThrow().title())
                .isEqualTo("Lớp học");
        assertThat(service.criterion(TEACHER, new CriterionKey("tt18-2018", "", "1.5"), 0).orElseThrow().title())
                .isEqualTo("Lớp học và sĩ số");
        CatalogueDiff diff = service.diff(TEACHER, "tt18-2018", 1, 2);
        assertThat(diff.changes()).containsExactly(new CatalogueDiff.Change(CatalogueDiff.Kind.CHANGED, "", "1.5",
                "title", "Lớp học", "Lớp học và sĩ số"));
        assertThat(service.diff(TEACHER, "tt57-2026", 1, 1).changes()).isEmpty();
        // Exporting TT 57 and publishing it again changes nothing but the version.
        String tt57 = service.exportYaml(TEACHER, "tt57-2026", 0);
        service.publish(ADMIN, tt57.getBytes(StandardCharsets.UTF_8), CatalogueAdminService.ANY_VERSION, null);
        assertThat(service.diff(TEACHER, "tt57-2026", 1, 2).changes()).isEmpty();
        assertThat(service.criteria(TEACHER, "tt57-2026", 2, "I")).hasSize(15);
    }

    @Test
    void aStaleOrInvalidPublishSavesNothing() {
        CatalogueServiceImpl service = TestSupport.service(db());
        byte[] v1 = service.exportYaml(TEACHER, "tt17-2018", 0).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.publish(ADMIN, v1, 5, null)).isInstanceOf(PublishConflictException.class);
        byte[] broken = new String(v1, StandardCharsets.UTF_8).replace("code: '1.2'", "code: '1.1'")
                .replace("code: \"1.2\"", "code: \"1.1\"").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.publish(ADMIN, broken, 1, null))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.report().problems())
                        .extracting(ImportProblem::kind).containsExactly(ImportProblem.Kind.DUPLICATE_CODE));
        assertThat(service.versions(TEACHER, "tt17-2018")).hasSize(1);
    }

    @Test
    void twoAdministratorsPublishingAtOnceLeaveOneWholeVersion() throws Exception {
        CatalogueServiceImpl service = TestSupport.service(db());
        byte[] yaml = service.exportYaml(TEACHER, "tt19-2018", 0).getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Object> publish = () -> {
                    start.await();
                    try {
                        return service.publish(ADMIN, yaml, 1, null);
                    } catch (PublishConflictException e) {
                        return e;
                    }
                };
                results.add(pool.submit(publish));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(o -> o instanceof CatalogueVersion).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof PublishConflictException).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.versions(TEACHER, "tt19-2018")).extracting(CatalogueVersion::number).containsExactly(2, 1);
        assertThat(service.criteria(TEACHER, "tt19-2018", 2, "")).hasSize(25);
    }

    @Test
    void mappingHasASensibleDefaultAndCanBeEdited() {
        CatalogueServiceImpl service = TestSupport.service(db());
        List<CriterionMapping> mappings = service.mappings(TEACHER, "tt18-2018", "tt57-2026");
        assertThat(mappings).hasSize(28);
        assertThat(mappings).allMatch(m -> !m.targets().isEmpty());
        CriterionMapping facilities = mappings.stream().filter(m -> m.from().code().equals("3.2")).findFirst()
                .orElseThrow();
        assertThat(facilities.targets()).containsExactly(new CriterionKey("tt57-2026", "II", "4.1"));
        CriterionKey from = new CriterionKey("tt18-2018", "", "3.2");
        service.replaceMapping(ADMIN, from, "tt57-2026", List.of(new CriterionKey("tt57-2026", "II", "4.1"),
                new CriterionKey("tt57-2026", "II", "4.2")));
        assertThat(service.mappings(TEACHER, "tt18-2018", "tt57-2026").stream()
                .filter(m -> m.from().equals(from)).findFirst().orElseThrow().targets()).hasSize(2);
        assertThatThrownBy(() -> service.replaceMapping(ADMIN, from, "tt57-2026",
                List.of(new CriterionKey("tt57-2026", "II", "9.9")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.mappings(TEACHER, "tt19-2018", "tt57-2026").get(0).targets().get(0).appendix())
                .isEqualTo("I");
    }

    @Test
    void changesNeedASystemAdministratorAndReadsASignedInUser() {
        CatalogueServiceImpl service = TestSupport.service(db());
        byte[] yaml = "circular: x".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.publish(TEACHER, yaml, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.validate(TEACHER, yaml)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.confirmOfficialText(TEACHER, "tt57-2026"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.regimes(null)).isInstanceOf(AccessDeniedException.class);
        service.confirmOfficialText(ADMIN, "tt57-2026");
        assertThat(service.regime(TEACHER, "tt57-2026").orElseThrow().officialTextChecked()).isTrue();
    }

    @Test
    void aSecondStartLoadsNothing() {
        TestSupport.service(db());
        CatalogueServiceImpl again = new CatalogueServiceImpl(TestSupport.store(db()),
                TestSupport.config(1024, true), Clock.systemUTC());
        assertThat(again.versions(TEACHER, "tt17-2018")).hasSize(1);
        assertThat(again.mappings(TEACHER, "tt17-2018", "tt57-2026")).hasSize(27);
        assertThat(ShippedCatalogues.load(TestSupport.store(db()), Clock.systemUTC().instant())).isZero();
    }
}

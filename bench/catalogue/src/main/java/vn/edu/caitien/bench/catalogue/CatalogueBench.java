package vn.edu.caitien.bench.catalogue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.CriterionOutcome;
import vn.edu.caitien.catalogue.api.IndicatorResult;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.api.Regime;
import vn.edu.caitien.catalogue.impl.CatalogueServiceImpl;
import vn.edu.caitien.catalogue.impl.LevelRulesImpl;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.SchemaMigrator;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * Times, on a fresh in-memory Derby database created like production's (Vietnamese collation): loading every
 * shipped catalogue on first start, search latency over all catalogues, and the level rules for 5,000 schools.
 */
public final class CatalogueBench {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueBench.class);
    private static final PortalUser USER = new PortalUser("bench", "Bench", true, List.of());
    private static final List<String> QUERIES = List.of("tieu chi co so vat chat", "giáo viên", "hieu truong",
            "an toàn", "thu vien", "ket qua giao duc", "phong hoc", "Đảm bảo", "ke hoach", "tre em");

    private CatalogueBench() {
    }

    public static void main(String[] args) {
        try (DerbyTestDatabase db = new DerbyTestDatabase()) {
            db.start();
            long t0 = System.nanoTime();
            CatalogueServiceImpl service = new CatalogueServiceImpl(db, migrator(db), config());
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("First start (migrate + load 4 catalogues + mapping): {} ms", loadMs);

            long t1 = System.nanoTime();
            new CatalogueServiceImpl(db, migrator(db), config());
            LOG.info("Second start (nothing to load): {} ms", (System.nanoTime() - t1) / 1_000_000);

            for (int i = 0; i < 200; i++) {
                service.search(USER, QUERIES.get(i % QUERIES.size()), 50);
            }
            long[] micros = new long[1000];
            for (int i = 0; i < micros.length; i++) {
                long s = System.nanoTime();
                service.search(USER, QUERIES.get(i % QUERIES.size()), 50);
                micros[i] = (System.nanoTime() - s) / 1000;
            }
            Arrays.sort(micros);
            LOG.info("Search over all catalogues, {} queries: p50 {} µs, p99 {} µs, max {} µs", micros.length,
                    micros[micros.length / 2], micros[micros.length * 99 / 100], micros[micros.length - 1]);

            levelRules(service);
        }
    }

    private static void levelRules(CatalogueServiceImpl service) {
        LevelRulesImpl rules = new LevelRulesImpl();
        Random random = new Random(42);
        for (Regime regime : service.regimes(USER)) {
            String appendix = regime.defaultAppendix();
            List<Criterion> criteria = service.criteria(USER, regime.id(), CatalogueService.CURRENT, appendix);
            List<Level4Item> items = service.level4Items(USER, regime.id(), CatalogueService.CURRENT);
            for (int round = 0; round < 2; round++) {
                long s = System.nanoTime();
                int total = 0;
                for (int school = 0; school < 5000; school++) {
                    List<CriterionOutcome> outcomes = new ArrayList<>(criteria.size());
                    for (Criterion c : criteria) {
                        if (c.indicators().isEmpty()) {
                            outcomes.add(rules.fromLevel(c, regime.ruleSet(),
                                    random.nextInt(regime.ruleSet().maxCriterionLevel() + 1)));
                        } else {
                            List<IndicatorResult> results = new ArrayList<>();
                            c.indicators().forEach(i -> results.add(new IndicatorResult(i.level(), i.letter(),
                                    random.nextInt(10) > 0)));
                            outcomes.add(rules.fromIndicators(c, regime.ruleSet(), results));
                        }
                    }
                    List<Boolean> met = items.stream().map(i -> random.nextBoolean()).toList();
                    total += rules.school(regime.ruleSet(), outcomes, items, met, true).schoolLevel();
                }
                if (round == 1) {
                    LOG.info("Level rules, 5,000 schools of {} ({} criteria, per-{} results): {} ms (sum of levels {})",
                            regime.circular(), criteria.size(),
                            criteria.get(0).indicators().isEmpty() ? "criterion" : "indicator",
                            (System.nanoTime() - s) / 1_000_000, total);
                }
            }
        }
    }

    private static SchemaMigrator migrator(DerbyTestDatabase db) {
        return new SchemaMigrator() {
            @Override
            public int migrate(String moduleId, Class<?> anchor) {
                return db.migrate(moduleId, anchor);
            }

            @Override
            public int currentVersion(String moduleId) {
                throw new UnsupportedOperationException("not used by the catalogue");
            }

            @Override
            public List<AppliedMigration> applied(String moduleId) {
                throw new UnsupportedOperationException("not used by the catalogue");
            }
        };
    }

    private static CatalogueServiceImpl.Config config() {
        return new CatalogueServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogueServiceImpl.Config.class;
            }

            @Override
            public int max_import_bytes() {
                return 2 * 1024 * 1024;
            }

            @Override
            public boolean load_shipped() {
                return true;
            }
        };
    }
}

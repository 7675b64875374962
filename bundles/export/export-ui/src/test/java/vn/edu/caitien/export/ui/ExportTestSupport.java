package vn.edu.caitien.export.ui;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/**
 * WicketTester over the real plan service on in-memory Derby (plan-impl's fixtures), a document service that asks
 * the plan service who may see what, the real batch service, and a fake importer; one database per test.
 */
abstract class ExportTestSupport {

    /** The importer's limit in the tests. */
    static final long MAX_BYTES = 4096;

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("export-ui");

    CatalogueService catalogue;
    PlanServiceImpl plans;
    PlanBackedDocuments documents;
    BatchExportService batches;
    FakeImporter importer;
    ImportDrafts drafts;
    WicketTester tester;

    /** @return the kinds the document service offers in this test class */
    DocumentKind[] kinds() {
        return new DocumentKind[] {DocumentKind.PLAN};
    }

    /**
     * The catalogue is read-only for these tests, so one copy (in its own in-memory database) serves every test of the
     * run; loading the shipped catalogues is most of a test's set-up time. Plans get a new database per test.
     */
    private static final class SharedCatalogue {
        static final DerbyTestDatabase DB = DerbyTestDatabase.open("export-ui-catalogue");
        static final CatalogueService CATALOGUE = PlanFixtures.catalogue(DB);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(DB::close));
        }
    }

    @BeforeEach
    void start() {
        catalogue = SharedCatalogue.CATALOGUE;
        plans = PlanFixtures.service(db, catalogue);
        documents = new PlanBackedDocuments(plans, kinds());
        batches = new BatchExportService(documents, config(1, 50, 60));
        importer = new FakeImporter(MAX_BYTES);
        drafts = new ImportDrafts();
        tester = new WicketTester(new FakeServicesApplication(services(importer)));
    }

    /** @return the services of the test application, with that importer */
    Map<Class<?>, Object> services(PlanImporter planImporter) {
        return Map.of(PlanService.class, plans, CatalogueService.class, catalogue, SchoolDirectory.class,
                PlanFixtures.directory(), DocumentService.class, documents, BatchExportService.class, batches,
                PlanImporter.class, planImporter, ImportDrafts.class, drafts);
    }

    @AfterEach
    void stop() {
        tester.destroy();
        batches.close();
    }

    PortalContext context(PortalUser user, School school, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, school, PlanFixtures.permissions().grantedPermissions(user, school.id()),
                Locale.forLanguageTag(language));
    }

    /** The page still goes to the page store. */
    void assertSerializable() {
        org.assertj.core.api.Assertions.assertThat(new org.apache.wicket.serialize.java.JavaSerializer("test")
                .serialize(tester.getLastRenderedPage())).isNotNull();
    }

    static BatchExportService.Config config(int threads, int maxPlans, int expiryMinutes) {
        return new BatchExportService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return BatchExportService.Config.class;
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public int max_plans() {
                return maxPlans;
            }

            @Override
            public int expiry_minutes() {
                return expiryMinutes;
            }
        };
    }

    /** Waits (at most 10 s) for a condition of a background job. */
    static void await(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

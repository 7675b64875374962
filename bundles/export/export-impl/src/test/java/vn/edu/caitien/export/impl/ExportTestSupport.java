package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The real plan service and catalogue on in-memory Derby, the document service over them, and the filled 2018-form
 * plan of the fixtures (07/KH-THCSAB). One database per test class: loading the shipped catalogues takes seconds,
 * and the tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExportTestSupport {

    private final DerbyTestDatabase db = new DerbyTestDatabase("export");

    protected CatalogueService catalogue;
    protected PlanServiceImpl plans;
    protected DocumentServiceImpl documents;
    /** The 2018-form plan 07/KH-THCSAB of Trường THCS An Bình. */
    protected PlanDocument plan;

    @BeforeAll
    void startServices() {
        db.beforeEach(null);
        catalogue = PlanFixtures.catalogue(db);
        plans = PlanFixtures.service(db, catalogue);
        documents = ExportFixtures.service(plans, catalogue);
        plan = ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 7, 0);
    }

    @AfterAll
    void stopServices() {
        db.close();
    }

    /** @return the file as the principal exports it, also written to target/export-tests for a look */
    protected ExportedFile export(PlanDocument p, String format) throws IOException {
        ExportedFile file = documents.export(PlanFixtures.PRINCIPAL, DocumentRequest.plan(p.getId()), format)
                .orElseThrow();
        assertThat(file.content()).isNotEmpty();
        Path dir = Path.of("target", "export-tests");
        Files.createDirectories(dir);
        Files.write(dir.resolve(file.fileName()), file.content());
        return file;
    }
}

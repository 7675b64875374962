package vn.edu.caitien.export.importer.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/** The importer over the real catalogue (shipped catalogues on an in-memory Derby, opened once per test JVM). */
final class ImporterFixtures {

    static final PortalUser USER = PlanFixtures.PRINCIPAL;
    private static CatalogueService catalogue;

    private ImporterFixtures() {
    }

    static synchronized CatalogueService catalogue() {
        if (catalogue == null) {
            DerbyTestDatabase db = DerbyTestDatabase.open("importer");
            catalogue = PlanFixtures.catalogue(db);
        }
        return catalogue;
    }

    static PlanImporterImpl importer() {
        return importer(20L * 1024 * 1024, 1000, 200L * 1024 * 1024);
    }

    static PlanImporterImpl importer(long maxBytes, int maxEntries, long maxExpanded) {
        return new PlanImporterImpl(catalogue(), new PlanImporterImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PlanImporterImpl.Config.class;
            }

            @Override
            public long max_bytes() {
                return maxBytes;
            }

            @Override
            public int max_zip_entries() {
                return maxEntries;
            }

            @Override
            public long max_uncompressed_bytes() {
                return maxExpanded;
            }
        });
    }

    /** @return a seed document (copied from shared/seeds into the test resources), as bytes */
    static byte[] seedBytes(String name) {
        try (var in = ImporterFixtures.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed not found: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a seed document as text */
    static String seed(String name) {
        return new String(seedBytes(name), StandardCharsets.UTF_8);
    }
}

package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.catalogue.impl.TestSupport.TEACHER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/** The shipped catalogues load on Derby with the counts of domain notes §1 (the in-container check is separate). */
class ShippedCataloguesTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    @ParameterizedTest
    @CsvSource({"tt17-2018, '', 5, 27, 0", "tt18-2018, '', 5, 28, 0", "tt19-2018, '', 5, 25, 0",
            "tt57-2026, I, 4, 15, 8", "tt57-2026, II, 4, 15, 8", "tt57-2026, III, 4, 15, 8"})
    void loadWithTheRightCounts(String regime, String appendix, int standards, int criteria, int mandatory) {
        CatalogueServiceImpl service = TestSupport.service(db);
        assertThat(service.standards(TEACHER, regime, 0, appendix)).hasSize(standards);
        assertThat(service.criteria(TEACHER, regime, 0, appendix)).hasSize(criteria)
                .filteredOn(Criterion::mandatory).hasSize(mandatory);
    }

    @Test
    void tt19IsMarkedAsAmendedByTt22() {
        CatalogueServiceImpl service = TestSupport.service(db);
        assertThat(service.regime(TEACHER, "tt19-2018").orElseThrow().amendedBy())
                .anyMatch(a -> a.startsWith("22/2024/TT-BGDĐT"));
    }
}

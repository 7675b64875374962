package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The importer saves nothing; the draft it gives is what the plan service stores once the user confirms it (the
 * review screen's job): created for the school, the imported content copied in, saved, parsed on save.
 */
class ImportThenSaveTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("plan");

    @Test
    void importedSeedSavesAndIsParsedBySavingOnly() {
        PlanService plans = PlanFixtures.service(db);
        ImportResult r = ImporterFixtures.importer().importText(ImporterFixtures.USER,
                ImporterFixtures.seedBytes("plan-thcs-thanh-xuong-2025-2026.txt"), ImportOptions.guess());
        PlanDocument imported = r.plan();
        assertThat(imported.getId()).isZero();
        assertThat(plans.plans(PlanFixtures.PRINCIPAL, PlanFixtures.THCS.id(), vn.edu.caitien.plan.api.PlanQuery.ALL)).isEmpty();

        PlanDocument created = plans.create(PlanFixtures.PRINCIPAL, PlanFixtures.THCS.id(), imported.getHeader().getPeriod(),
                imported.getHeader().getTitle());
        assertThat(created.getRegimeId()).isEqualTo(imported.getRegimeId());
        created.setRows(imported.getRows());
        created.setPurposes(imported.getPurposes());
        created.setLegalBases(imported.getLegalBases());
        created.setDuties(imported.getDuties());
        created.getHeader().setNumber(imported.getHeader().getNumber());
        created.getHeader().setDate(imported.getHeader().getDate());
        created.getHeader().setSignerName(imported.getHeader().getSignerName());
        PlanDocument saved = plans.save(PlanFixtures.PRINCIPAL, created);

        assertThat(saved.getRows()).hasSize(28);
        assertThat(saved.actions()).hasSize(38).allSatisfy(a -> assertThat(a.getKey()).isNotBlank());
        PlanAction first = saved.getRows().get(0).getActions().get(0);
        assertThat(first.getStart()).as("time parsed by the plan service on save").isNotNull();
        PlanAction costly = saved.getRows().get(14).getActions().get(0);
        assertThat(costly.getAmount()).isEqualTo(500_000_000L);
    }
}

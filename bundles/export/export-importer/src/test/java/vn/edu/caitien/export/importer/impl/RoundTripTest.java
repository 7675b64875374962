package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.export.impl.ExportFixtures;
import vn.edu.caitien.export.impl.plan.CatalogueFacts;
import vn.edu.caitien.export.impl.plan.PlanDocumentBuilder;
import vn.edu.caitien.export.impl.render.DocxRenderer;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * The round trip: a plan exported to DOCX by the export module and imported back gives the same plan: the
 * header, the sections the table carries, and every row and action with its texts as written.
 */
class RoundTripTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("plan");

    @Test
    void aPlanExportedToDocxImportsBackAsTheSamePlan() throws IOException {
        PlanService plans = PlanFixtures.service(db);
        PlanDocument plan = ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 7, 9);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxRenderer().render(PlanDocumentBuilder.build(plan, CatalogueFacts.NONE), docx);

        ImportResult r = ImporterFixtures.importer().importDocx(ImporterFixtures.USER, docx.toByteArray(),
                ImportOptions.forLevel(SchoolLevel.THCS));
        PlanDocument back = r.plan();

        assertThat(r.sourceUnits()).isEqualTo(r.pieces().size() + r.unrecognised().size());
        assertThat(back.getHeader().getNumber()).isEqualTo(7);
        assertThat(back.getHeader().getSymbol()).isEqualTo(plan.getHeader().getSymbol());
        assertThat(back.getHeader().getDate()).isEqualTo(plan.getHeader().getDate());
        assertThat(back.getHeader().getPeriod()).isEqualTo(plan.getHeader().getPeriod());
        assertThat(back.getRegimeId()).isEqualTo(plan.getRegimeId());
        assertThat(back.getPurposes()).containsExactlyElementsOf(plan.getPurposes());
        assertThat(back.getHeader().getSignerName()).isEqualTo(plan.getHeader().getSignerName());
        assertThat(back.getRows()).extracting(PlanRow::getTargetLevel)
                .containsExactlyElementsOf(plan.getRows().stream().map(PlanRow::getTargetLevel).toList());
        assertThat(back.getRows()).extracting(PlanRow::getCriterionCode)
                .containsExactlyElementsOf(plan.getRows().stream().map(PlanRow::getCriterionCode).toList());
        List<PlanAction> expected = plan.actions();
        List<PlanAction> actual = back.actions();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            PlanAction e = expected.get(i);
            PlanAction a = actual.get(i);
            assertThat(a.getDescription()).as("description of action %d", i).isEqualTo(e.getDescription());
            assertThat(a.getLeadText()).as("lead of action %d", i).isEqualTo(e.getLeadText());
            assertThat(a.getTimeText()).as("time of action %d", i).isEqualTo(e.getTimeText());
            assertThat(a.getBudgetText()).as("budget of action %d", i).isEqualTo(e.getBudgetText());
        }
    }
}

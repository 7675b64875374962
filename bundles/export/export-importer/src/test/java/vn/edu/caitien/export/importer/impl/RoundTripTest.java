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
import vn.edu.caitien.export.impl.render.XlsxRenderer;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportPiece;
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

    /**
     * The plan table exported to XLSX and imported back keeps each budget as the school wrote it ("500 triệu đồng",
     * "Ngân sách cấp và XHH"), not only the amount parsed from it; the amounts stay numbers in Excel (they add up).
     */
    @Test
    void theXlsxPlanTableKeepsTheBudgetTextsAsWritten() throws IOException {
        PlanService plans = PlanFixtures.service(db);
        PlanDocument plan = ExportFixtures.plan(plans, PlanPeriod.schoolYear(2025), 8, 0);
        PlanAction words = new PlanAction();
        words.setDescription("Sửa chữa phòng học bộ môn");
        words.setLeadText("Hiệu trưởng");
        words.setTimeText("Năm 2026");
        words.setBudgetText("Ngân sách cấp và XHH");
        words.setSupport("Cha mẹ học sinh");
        plan.getRows().get(1).getActions().add(words);
        plan = plans.save(ImporterFixtures.USER, plan);
        assertThat(plan.actions()).extracting(PlanAction::getBudgetText)
                .containsExactly("500 triệu đồng", "20.000.000 đồng", "15 triệu đồng", "Ngân sách cấp và XHH");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxRenderer().render(PlanDocumentBuilder.build(plan, CatalogueFacts.NONE), xlsx);

        ImportResult r = ImporterFixtures.importer().importXlsx(ImporterFixtures.USER, xlsx.toByteArray(),
                ImportOptions.forLevel(SchoolLevel.THCS));
        PlanDocument back = r.plan();
        // Sheet 1 is the self-assessment table, which an XLSX import does not read (it has no section title there);
        // every cell of the plan table, sheet 2, is placed.
        assertThat(r.unrecognised()).isNotEmpty().allSatisfy(x -> assertThat(x.position().table()).isEqualTo(1));
        assertThat(back.actions()).extracting(PlanAction::getDescription)
                .containsExactlyElementsOf(plan.actions().stream().map(PlanAction::getDescription).toList());
        assertThat(back.actions()).extracting(PlanAction::getBudgetText)
                .containsExactly("500 triệu đồng", "20.000.000 đồng", "15 triệu đồng", "Ngân sách cấp và XHH");
        assertThat(back.actions()).extracting(PlanAction::getSupport)
                .containsExactlyElementsOf(plan.actions().stream().map(PlanAction::getSupport).toList())
                .endsWith("Cha mẹ học sinh");
        // The amounts column after the table is accounted for, not read as a budget of its own.
        assertThat(r.pieces()).filteredOn(x -> x.field().endsWith(".amount")).extracting(ImportPiece::text)
                .containsExactly("500.000.000", "20.000.000", "15.000.000");
    }
}

package vn.edu.caitien.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/** Drafts waiting for review: the owner's only, one per user, gone after two hours or once saved. */
class ImportDraftsTest {

    private static final PortalUser AN = new PortalUser("an", "Nguyễn Văn An", false,
            List.of(Membership.school("s1", PortalRole.PRINCIPAL)));
    private static final PortalUser BINH = new PortalUser("binh", "Trần Thị Bình", false,
            List.of(Membership.school("s1", PortalRole.PRINCIPAL)));

    private Instant now = Instant.parse("2026-03-02T02:00:00Z");
    private final ImportDrafts drafts = new ImportDrafts(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void onlyTheOwnerSeesTheDraft() {
        String id = drafts.put(AN, FakeImporter.result(PlanPeriod.schoolYear(2025)), "a.docx");
        assertThat(drafts.get(AN, id)).get().extracting(ImportDrafts.Draft::fileName).isEqualTo("a.docx");
        assertThat(drafts.get(BINH, id)).isEmpty();
        assertThat(drafts.get(AN, "another-id")).isEmpty();
    }

    @Test
    void aNewUploadReplacesTheDraftAndSavingDropsIt() {
        String first = drafts.put(AN, FakeImporter.result(PlanPeriod.schoolYear(2025)), "a.docx");
        String second = drafts.put(AN, FakeImporter.result(PlanPeriod.schoolYear(2025)), "b.docx");
        assertThat(drafts.get(AN, first)).isEmpty();
        assertThat(drafts.get(AN, second)).isPresent();
        drafts.remove(AN, first);
        assertThat(drafts.get(AN, second)).isPresent();
        drafts.remove(AN, second);
        assertThat(drafts.get(AN, second)).isEmpty();
    }

    @Test
    void draftsExpireAfterTwoHours() {
        String id = drafts.put(AN, FakeImporter.result(PlanPeriod.schoolYear(2025)), "a.docx");
        now = now.plus(Duration.ofMinutes(119));
        assertThat(drafts.get(AN, id)).isPresent();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(drafts.get(AN, id)).isEmpty();
    }
}

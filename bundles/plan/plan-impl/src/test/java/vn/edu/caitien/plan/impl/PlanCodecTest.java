package vn.edu.caitien.plan.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlannedReview;

/** The stored flat form: content written before a field existed still reads, and the new fields round-trip. */
class PlanCodecTest {

    @Test
    void contentStoredBeforeGeneralInformationAndTheReviewScheduleExistedStillReads() {
        // As plan-impl wrote a TT 57 plan before plan-api 1.3: no generalInformation, no plannedReviews.
        String old = String.join("\n",
                "regimeId=tt57-2026",
                "planForm=BIEU_2",
                "solutionSupervision=Tổ giám sát báo cáo định kỳ",
                "header.title=Cải tiến chất lượng giáo dục năm học 2026-2027",
                "duties[0].role=Hiệu trưởng",
                "");
        PlanDocument d = PlanCodec.unflatten(PlanCodec.read(old));
        assertThat(d.getGeneralInformation()).isEmpty();
        assertThat(d.getPlannedReviews()).isEmpty();
        assertThat(d.getSolutionSupervision()).isEqualTo("Tổ giám sát báo cáo định kỳ");
        assertThat(d.getDuties()).singleElement().satisfies(x -> assertThat(x.getRole()).isEqualTo("Hiệu trưởng"));
    }

    @Test
    void theNewFieldsRoundTripThroughTheStoredFormAndAnEmptyScheduleLineIsDropped() {
        PlanDocument d = new PlanDocument();
        d.setGeneralInformation("Quy mô: 24 lớp\nĐội ngũ: 52 người");
        PlannedReview r = new PlannedReview();
        r.setTime("Cuối học kỳ I");
        r.setContent("Tiến độ\nvà kết quả");
        r.setReviewer("Tổ giám sát");
        d.getPlannedReviews().add(r);
        d.getPlannedReviews().add(new PlannedReview());
        String stored = PlanCodec.write(PlanCodec.flatten(d, true));
        assertThat(stored).contains("plannedReviews[0].time=Cuối học kỳ I\n", "generalInformation=Quy mô: 24 lớp\\nĐội ngũ: 52 người\n");
        PlanDocument back = PlanCodec.unflatten(PlanCodec.read(stored));
        assertThat(back.getGeneralInformation()).isEqualTo("Quy mô: 24 lớp\nĐội ngũ: 52 người");
        assertThat(back.getPlannedReviews()).singleElement().satisfies(x -> {
            assertThat(x.getTime()).isEqualTo("Cuối học kỳ I");
            assertThat(x.getContent()).isEqualTo("Tiến độ\nvà kết quả");
            assertThat(x.getReviewer()).isEqualTo("Tổ giám sát");
            assertThat(x.getResult()).isEmpty();
        });
    }
}

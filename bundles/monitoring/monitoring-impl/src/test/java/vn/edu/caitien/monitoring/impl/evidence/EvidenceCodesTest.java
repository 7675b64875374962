package vn.edu.caitien.monitoring.impl.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;

class EvidenceCodesTest {

    @Test
    void codes2018UseTheBoxCriterionAndSequence() {
        assertThat(EvidenceCodes.group(PlanForm.TABLE_2018, null, "1.1")).isEqualTo("H1-1.1");
        assertThat(EvidenceCodes.code("H1-1.1", 1)).isEqualTo("[H1-1.1-01]");
        assertThat(EvidenceCodes.code(EvidenceCodes.group(PlanForm.TABLE_2018, 4, "2.3"), 12)).isEqualTo("[H4-2.3-12]");
        assertThat(EvidenceCodes.code(EvidenceCodes.group(PlanForm.TABLE_2018, null, "5.10"), 105))
                .isEqualTo("[H5-5.10-105]");
    }

    @Test
    void codesTt57() {
        assertThat(EvidenceCodes.code(EvidenceCodes.group(PlanForm.BIEU_2, 7, "1.1"), 1)).isEqualTo("MC.1.1.01");
        assertThat(EvidenceCodes.code(EvidenceCodes.group(PlanForm.BIEU_2, null, "4.3"), 9)).isEqualTo("MC.4.3.09");
    }

    @Test
    void refusesWhatIsNotACode() {
        assertThat(EvidenceCodes.isCriterion("2.3")).isTrue();
        assertThat(EvidenceCodes.isCriterion("Tiêu chí 2.3")).isFalse();
        assertThat(EvidenceCodes.standardOf("12.4")).isEqualTo(12);
        assertThatThrownBy(() -> EvidenceCodes.group(PlanForm.TABLE_2018, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceCodes.group(PlanForm.TABLE_2018, 0, "1.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceCodes.code("H1-1.1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

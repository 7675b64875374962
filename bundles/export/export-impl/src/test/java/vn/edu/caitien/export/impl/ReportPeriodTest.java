package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods the export ui asks monitoring reports for (DownloadPaths), and plain days. */
class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void periodsEndOnTheirLastDayOrToday() {
        assertThat(ReportPeriod.parse("SEMESTER_1:2025", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 15), "Sơ kết học kỳ I năm học 2025-2026"));
        assertThat(ReportPeriod.parse("YEAR_END:2025", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 5, 31), "Tổng kết năm học 2025-2026"));
        assertThat(ReportPeriod.parse("MONTHLY:2026-02", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 28), "Tháng 2/2026"));
        // Not ended yet: as of today.
        assertThat(ReportPeriod.parse("SEMESTER_1:2026", TODAY).day()).isEqualTo(TODAY);
        assertThat(ReportPeriod.parse("", TODAY)).isEqualTo(new ReportPeriod(TODAY, ""));
        assertThat(ReportPeriod.parse("2026-03-12", TODAY)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 12), ""));
    }

    @Test
    void anythingElseIsMalformed() {
        assertThatThrownBy(() -> ReportPeriod.parse("MONTHLY:2026-13", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.parse("SEMESTER_2:2025", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.parse("hôm nay", TODAY)).isInstanceOf(IllegalArgumentException.class);
    }
}

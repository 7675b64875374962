package vn.edu.caitien.plan.impl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.caitien.plan.api.Budget;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.TimeSpan;

/** Every budget, time, responsible and criterion pattern of domain notes §5.2, and a few more. */
class ParsersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500 triệu đồng|AMOUNT|500000000",
        "50 triệu|AMOUNT|50000000",
        "20 triệu đồng|AMOUNT|20000000",
        "4 tỷ đồng|AMOUNT|4000000000",
        "100 triệu|AMOUNT|100000000",
        "1,5 tỷ|AMOUNT|1500000000",
        "2.5 triệu đồng|AMOUNT|2500000",
        "500.000.000 đ|AMOUNT|500000000",
        "1.500 triệu|AMOUNT|1500000000",
        "1 tỷ 200 triệu|AMOUNT|1200000000",
        "Không|NONE|0",
        "Không có|NONE|0",
        "Chưa xác định|UNDETERMINED|",
        "Ngân sách cấp và XHH|SOURCES_ONLY|",
        "Kinh phí ngân sách cấp trên và nguồn tài trợ|SOURCES_ONLY|",
        "Nguồn kinh phí ngành|SOURCES_ONLY|",
        "Kê toán|UNREADABLE|",
    })
    void budgets(String text, Budget.Kind kind, Long amount) {
        Budget b = BudgetParser.parse(text);
        assertThat(b.kind()).isEqualTo(kind);
        assertThat(b.amount()).isEqualTo(amount);
        assertThat(b.text()).isEqualTo(text);
    }

    @Test
    void emptyBudgetAndSources() {
        assertThat(BudgetParser.parse("").kind()).isEqualTo(Budget.Kind.EMPTY);
        assertThat(BudgetParser.parse(null).kind()).isEqualTo(Budget.Kind.EMPTY);
        assertThat(BudgetParser.parse("Ngân sách cấp và XHH").sources())
                .isEqualTo(Set.of(FundingSource.STATE_BUDGET, FundingSource.SOCIALISATION));
        assertThat(BudgetParser.parse("Kinh phí ngân sách cấp trên và nguồn tài trợ").sources())
                .isEqualTo(Set.of(FundingSource.STATE_BUDGET, FundingSource.SPONSORSHIP));
        assertThat(BudgetParser.parse("Nguồn kinh phí ngành").sources()).containsExactly(FundingSource.STATE_BUDGET);
        Budget mixed = BudgetParser.parse("200 triệu (XHH)");
        assertThat(mixed.amount()).isEqualTo(200_000_000L);
        assertThat(mixed.sources()).containsExactly(FundingSource.SOCIALISATION);
        // NFD input (decomposed diacritics) reads the same.
        assertThat(BudgetParser.parse(java.text.Normalizer.normalize("4 tỷ đồng", java.text.Normalizer.Form.NFD)).amount())
                .isEqualTo(4_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Từ năm học 2025-2026|2025-08-01||true",
        "Trong năm học 2025-2026 và các năm tiếp theo|2025-08-01|2026-07-31|true",
        "Trong năm học 2025 – 2026 và các năm học tiếp theo|2025-08-01|2026-07-31|true",
        "Thời gian thực hiện: 2025-2026 và những năm tiếp theo|2025-08-01|2026-07-31|true",
        "Thời gian thực hiện: Trong năm học 2025-2026 và các năm tiếp theo.|2025-08-01|2026-07-31|true",
        "Năm 2023|2023-01-01|2023-12-31|false",
        "Từ 05/9/2022 đến 31/5/2026|2022-09-05|2026-05-31|false",
        "Từ tháng 12 năm 2022 đến tháng 8 năm 2026|2022-12-01|2026-08-31|false",
        "Tháng 12 năm 2022 đến tháng 8 năm 2026|2022-12-01|2026-08-31|false",
        "Tháng 3/2022|2022-03-01|2022-03-31|false",
        "Học kỳ I năm học 2025-2026|2025-08-01|2026-01-15|false",
        "Học kỳ II năm học 2025-2026|2026-01-16|2026-07-31|false",
        "Năm học 2025-2026|2025-08-01|2026-07-31|false",
    })
    void times(String text, LocalDate start, LocalDate end, boolean open) {
        TimeSpan t = TimeParser.parse(text);
        assertThat(t.start()).as(text).isEqualTo(start);
        assertThat(t.end()).as(text).isEqualTo(end);
        assertThat(t.openEnded()).as(text).isEqualTo(open);
    }

    @Test
    void unreadableTimesKeepTheirText() {
        // Seed 001 3.1: an actor written in the time column.
        TimeSpan t = TimeParser.parse("Ban giám hiệu xây dựng kế hoạch thực hiện");
        assertThat(t.readable()).isFalse();
        assertThat(t.text()).isEqualTo("Ban giám hiệu xây dựng kế hoạch thực hiện");
        assertThat(TimeParser.parse("31/2/2024").readable()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BGH, các tổ chuyên môn|BGH|các tổ chuyên môn",
        "Ban giám hiệu, Phòng GD&ĐT phối hợp UBND TP|Ban giám hiệu|Phòng GD&ĐT, UBND TP",
        "Hiệu trưởng, phó hiệu trưởng, GV, CMHS|Hiệu trưởng|phó hiệu trưởng, GV, CMHS",
        "Nguyễn Thị Thu Hằng|Nguyễn Thị Thu Hằng|",
        "UBND, PGD|UBND|PGD",
        "Nhà trường, gia đình, địa phương|Nhà trường|gia đình, địa phương",
        "BGH cùng các GV trong nhà trường|BGH|GV trong nhà trường",
        "- BGH nhà trường.|BGH nhà trường|",
    })
    void responsibles(String text, String lead, String partners) {
        assertThat(Responsibles.split(text)).containsExactly(lead, partners == null ? "" : partners);
    }

    @Test
    void rolesAndNobody() {
        assertThat(Responsibles.expand("BGH")).isEqualTo("Ban giám hiệu");
        assertThat(Responsibles.expand("TPT Đội")).isEqualTo("Tổng phụ trách Đội");
        assertThat(Responsibles.isNobody("Không")).isTrue();
        assertThat(Responsibles.isNobody("Hiệu trưởng")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tiêu chí 1.1|1.1", "1.5.|1.5", "Tiêu chí 3.2.|3.2", "Tiêu chí: 3.3|3.3", "Tiêu chí 3.1.Khuôn viên|3.1",
    })
    void criterionReferences(String text, String code) {
        assertThat(CriterionRefs.codes(text)).containsExactly(code);
    }

    @Test
    void criterionCodeOnItsOwnLineAndSeveralCodes() {
        assertThat(CriterionRefs.codes("Tiêu chí \n\n1.10")).containsExactly("1.10");
        assertThat(CriterionRefs.codes("Tiêu chí 1.4; Tiêu chí 2.3")).containsExactly("1.4", "2.3");
    }
}

package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAreWrittenAndReadDayFirst() {
        assertThat(Formats.date(LocalDate.of(2026, 5, 3))).isEqualTo("03/05/2026");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 5, 3, 8, 5))).isEqualTo("03/05/2026 08:05");
        assertThat(Formats.parseDate("3/5/2026")).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(Formats.parseDate(" 30/05/2026 ")).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(Formats.parseDate("")).isNull();
        assertThatThrownBy(() -> Formats.parseDate("31/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Formats.parseDate("2026-05-30")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Formats.parseDate("30/05/26")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void moneyHasDotThousandsSeparatorsAndIsReadAsTyped() {
        assertThat(Formats.money(1_500_000L)).isEqualTo("1.500.000 đ");
        assertThat(Formats.money(0L)).isEqualTo("0 đ");
        assertThat(Formats.money(null)).isEmpty();
        assertThat(Formats.parseMoney("1.500.000")).isEqualTo(1_500_000L);
        assertThat(Formats.parseMoney("1 500 000 đ")).isEqualTo(1_500_000L);
        assertThat(Formats.parseMoney("1,500,000 VND")).isEqualTo(1_500_000L);
        assertThat(Formats.parseMoney(" ")).isNull();
        assertThatThrownBy(() -> Formats.parseMoney("-5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Formats.parseMoney("năm triệu")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void namesSortInVietnameseOrder() {
        List<String> names = new ArrayList<>(List.of("Đỗ Thu Hà", "Dương Văn An", "Ánh", "An", "Bình", "Ê-đê", "Em"));
        names.sort(Formats.vietnamese());
        assertThat(names).containsExactly("An", "Ánh", "Bình", "Dương Văn An", "Đỗ Thu Hà", "Em", "Ê-đê");
    }
}

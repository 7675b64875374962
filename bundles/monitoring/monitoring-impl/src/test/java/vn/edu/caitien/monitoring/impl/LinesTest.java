package vn.edu.caitien.monitoring.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void roundTripsAnyText() {
        List<List<String>> records = List.of(List.of("Vũ Quốc Huy", "Phó Chủ tịch\tUBND", "LEADER"),
                List.of("dòng 1\ndòng 2\r\n", "a\\b", ""), List.of(""));
        assertThat(Lines.decode(Lines.encode(records))).isEqualTo(records);
        assertThat(Lines.decodeValues(Lines.encodeValues(List.of("Lê Văn Hòa", "x\ty")))).containsExactly("Lê Văn Hòa", "x\ty");
        assertThat(Lines.decode("")).isEmpty();
        assertThat(Lines.decode(null)).isEmpty();
    }
}

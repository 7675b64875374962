package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.impl.render.Json;

/** The JSON writer and the JSON of a plan. */
class JsonRendererTest extends ExportTestSupport {

    @Test
    void theWriterEscapesWhatJsonRequiresAndKeepsVietnameseAsIs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "Trường \"THCS\"\\An Bình\n\tđồng\u0001");
        m.put("n", 500_000_000L);
        m.put("d", 1.5);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("none", null);
        m.put("list", Arrays.asList(true, false, null));
        assertThat(Json.toJson(m)).isEqualTo("{\"text\":\"Trường \\\"THCS\\\"\\\\An Bình\\n\\tđồng\\u0001\","
                + "\"n\":500000000,\"d\":1.5,\"inf\":null,\"none\":null,\"list\":[true,false,null]}");
        assertThat(Json.toJson(List.of())).isEqualTo("[]");
        assertThatThrownBy(() -> Json.toJson(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlanAsJsonHoldsEveryActionWithItsParsedAmountAndTheTotals() throws IOException {
        ExportedFile file = export(plan, "json");
        assertThat(file.mediaType()).isEqualTo("application/json");
        String json = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"kind\":\"PLAN\",\"title\":\"Kế hoạch Cải tiến chất lượng giáo dục năm học 2025-2026\"");
        assertThat(json).contains("\"numberText\":\"07/KH-THCSAB\"", "\"date\":\"2025-09-09\"",
                "\"description\":\"Rà soát, điều chỉnh phương hướng chiến lược\"", "\"amount\":500000000",
                "\"description\":\"Tổ chức hội nghị lấy ý kiến cha mẹ học sinh\"", "\"amount\":20000000",
                "\"totals\":{\"total\":535000000", "\"planForm\":\"TABLE_2018\"", "\"criterionCode\":\"1.2\"");
        plan.actions().forEach(a -> assertThat(json).contains("\"key\":\"" + a.getKey() + "\""));
    }
}

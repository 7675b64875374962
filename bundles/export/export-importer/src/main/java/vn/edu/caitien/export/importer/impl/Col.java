package vn.edu.caitien.export.importer.impl;

import java.util.EnumMap;
import java.util.Map;

/** The roles of the plan-table columns (2018 nine columns, TT 57 Biểu 2, the 5-column table of multi-year plans). */
enum Col {
    TT, CRITERION, TARGET, OBJECTIVE, ACTION, RESPONSIBLE, TIME, BUDGET, SUPPORT, NOTES, INDICATOR, EVIDENCE, DEGREE,
    /** The amounts in đồng that the XLSX export puts after the table ("Dự kiến kinh phí (đồng)"). */
    AMOUNT;

    /** @return the role a header cell names, or null */
    static Col of(String headerText) {
        String f = Texts.fold(headerText).replaceAll("\\(\\s*\\d+\\s*\\)", "").replaceAll("[*:]", "").strip();
        if (f.equals("tt") || f.equals("stt") || f.equals("so tt")) {
            return TT;
        }
        if (f.contains("chi so")) {
            return INDICATOR;
        }
        if (f.contains("minh chung")) {
            return EVIDENCE;
        }
        if (f.contains("muc do thuc hien")) {
            return DEGREE;
        }
        if (f.contains("tieu chuan") || f.contains("tieu chi") || f.contains("noi dung cai tien") || f.equals("noi dung")) {
            return CRITERION;
        }
        if (f.contains("ket qua can dat")) {
            return TARGET;
        }
        if (f.startsWith("muc tieu")) {
            return OBJECTIVE;
        }
        if (f.contains("cong viec") || f.contains("giai phap") || f.contains("hoat dong")) {
            return ACTION;
        }
        if (f.contains("chu tri") || f.contains("phu trach") || f.contains("nguoi thuc hien") || f.contains("don vi")) {
            return RESPONSIBLE;
        }
        if (f.contains("thoi gian")) {
            return TIME;
        }
        if ((f.contains("kinh phi") || f.contains("so tien")) && f.endsWith("(dong)")) {
            return AMOUNT;
        }
        if (f.contains("kinh phi") || f.contains("nguon luc")) {
            return BUDGET;
        }
        if (f.contains("ho tro")) {
            return SUPPORT;
        }
        if (f.contains("ghi chu")) {
            return NOTES;
        }
        return null;
    }

    /** @return the 2018 nine-column layout, for a table without a header row */
    static Map<Col, Integer> default2018() {
        Map<Col, Integer> m = new EnumMap<>(Col.class);
        Col[] order = {TT, CRITERION, TARGET, ACTION, RESPONSIBLE, TIME, BUDGET, SUPPORT, NOTES};
        for (int i = 0; i < order.length; i++) {
            m.put(order[i], i);
        }
        return m;
    }
}

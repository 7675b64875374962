package vn.edu.caitien.monitoring.impl.evidence;

import java.util.regex.Pattern;
import vn.edu.caitien.catalogue.api.PlanForm;

/**
 * Official evidence codes. 2018 practice (công văn 5932/5942): {@code [Hn-a.b-cc]}, n the box (hộp), by default the
 * standard number; a.b the criterion; cc the evidence's number within that box and criterion, two digits (three
 * from 100 on). TT 57/2026 Phụ lục IV: {@code MC.a.b.cc}.
 */
public final class EvidenceCodes {

    private static final Pattern CRITERION = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

    private EvidenceCodes() {
    }

    /** @return whether the text is a criterion code such as {@code 1.1} */
    public static boolean isCriterion(String code) {
        return code != null && CRITERION.matcher(code).matches();
    }

    /** @return the standard number of a criterion code ({@code 2} for {@code 2.3}) */
    public static int standardOf(String criterionCode) {
        return Integer.parseInt(criterionCode.substring(0, criterionCode.indexOf('.')));
    }

    /**
     * @param form      the plan's form: {@link PlanForm#BIEU_2} gives TT 57 codes, anything else 2018 codes
     * @param box       the box number for 2018 codes; null means the standard number
     * @param criterion the criterion code
     * @return the group the sequence counts in: {@code H1-1.1} or {@code MC.1.1}
     */
    public static String group(PlanForm form, Integer box, String criterion) {
        if (!isCriterion(criterion)) {
            throw new IllegalArgumentException("not a criterion code: " + criterion);
        }
        if (form == PlanForm.BIEU_2) {
            return "MC." + criterion;
        }
        int n = box == null ? standardOf(criterion) : box;
        if (n < 1) {
            throw new IllegalArgumentException("box number must be positive: " + n);
        }
        return "H" + n + "-" + criterion;
    }

    /**
     * @param group from {@link #group}
     * @param seq   1 or more
     * @return {@code [H1-1.1-01]} or {@code MC.1.1.01}
     */
    public static String code(String group, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + seq);
        }
        String cc = String.format("%02d", seq);
        return group.startsWith("MC.") ? group + "." + cc : "[" + group + "-" + cc + "]";
    }
}

package vn.edu.caitien.export.ui;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/**
 * The stable download paths of module {@value #MODULE} and the {@link DocumentRequest} each one stands for. Both
 * directions live here so that the links in the panels and the {@link ExportDownloads provider} cannot drift apart.
 *
 * <pre>
 * plan/{planId}.{ext}                       PLAN, revision from ?revision=N (default: current / last published)
 * report/{planId}/{period}.{ext}            MONITORING_REPORT; period semester-1-2025-2026, year-end-2025-2026, month-2026-03
 * year-end/{planId}.{ext}                   YEAR_END_REPORT, school year from ?schoolYear=2025-2026 (default: the plan's last)
 * inspection/{inspectionId}.{ext}           INSPECTION_RECORD
 * rollup/{bodyId}/{schoolYear}.{ext}        ROLLUP of a supervising body over its schools
 * batch/{jobId}.zip                         a finished batch of plans, for the user who started it
 * </pre>
 *
 * Request mapping: the scope of a monitoring report is {@code SEMESTER_1:2025}, {@code YEAR_END:2025} or
 * {@code MONTHLY:2026-03}; of a year-end report the start year of the school year ({@code 2025}) or empty; a
 * roll-up has the body id as scope and the start year of the school year as id.
 */
final class DownloadPaths {

    /** The module id the provider serves. */
    static final String MODULE = "export";
    /** Query parameter: a plan revision. */
    static final String REVISION = "revision";
    /** Query parameter: the school year of a year-end report. */
    static final String SCHOOL_YEAR = "schoolYear";

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("(semester-1|year-end)-(\\d{4})-(\\d{4})|month-(\\d{4})-(\\d{2})");
    private static final Pattern JOB = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private DownloadPaths() {
    }

    /** What a path asks for. */
    sealed interface Target permits DocumentTarget, BatchTarget {
    }

    /** A document in a format, named by its file extension. */
    record DocumentTarget(DocumentRequest request, String extension) implements Target {
    }

    /** The zip of a batch job. */
    record BatchTarget(String jobId) implements Target {
    }

    /**
     * @param path       the path after {@code /download/export/}
     * @param parameters the query parameters
     * @return what it asks for
     * @throws IllegalArgumentException for an unknown or malformed path or parameter
     */
    static Target parse(String path, Map<String, String> parameters) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("empty path");
        }
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        String[] parts = path.split("/", -1);
        String last = parts[parts.length - 1];
        int dot = last.lastIndexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("no file extension: " + path);
        }
        String name = last.substring(0, dot);
        String extension = last.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("bad file extension: " + path);
        }
        String kind = parts[0];
        switch (kind) {
            case "plan" -> {
                requireParts(parts, 2, path);
                Integer revision = params.containsKey(REVISION) ? positive(params.get(REVISION), REVISION) : null;
                return new DocumentTarget(new DocumentRequest(DocumentKind.PLAN, id(name), revision, ""), extension);
            }
            case "report" -> {
                requireParts(parts, 3, path);
                return new DocumentTarget(new DocumentRequest(DocumentKind.MONITORING_REPORT, id(parts[1]), null,
                        reportScope(name)), extension);
            }
            case "year-end" -> {
                requireParts(parts, 2, path);
                String year = params.get(SCHOOL_YEAR);
                String scope = year == null || year.isBlank() ? "" : String.valueOf(schoolYearStart(year));
                return new DocumentTarget(new DocumentRequest(DocumentKind.YEAR_END_REPORT, id(name), null, scope),
                        extension);
            }
            case "inspection" -> {
                requireParts(parts, 2, path);
                return new DocumentTarget(new DocumentRequest(DocumentKind.INSPECTION_RECORD, id(name), null, ""),
                        extension);
            }
            case "rollup" -> {
                requireParts(parts, 3, path);
                if (!BODY.matcher(parts[1]).matches()) {
                    throw new IllegalArgumentException("bad body id: " + path);
                }
                return new DocumentTarget(new DocumentRequest(DocumentKind.ROLLUP, schoolYearStart(name), null,
                        parts[1]), extension);
            }
            case "template" -> {
                requireParts(parts, 2, path);
                String form = switch (name) {
                    case "plan-2018" -> "2018";
                    case "plan-tt57" -> "tt57";
                    default -> throw new IllegalArgumentException("unknown template: " + path);
                };
                return new DocumentTarget(new DocumentRequest(DocumentKind.PLAN_TEMPLATE, 0, null, form), extension);
            }
            case "batch" -> {
                requireParts(parts, 2, path);
                if (!"zip".equals(extension) || !JOB.matcher(name).matches()) {
                    throw new IllegalArgumentException("bad batch path: " + path);
                }
                return new BatchTarget(name);
            }
            default -> throw new IllegalArgumentException("unknown path: " + path);
        }
    }

    /** @return the link to a plan, of one revision when {@code revision} is not null */
    static String plan(long planId, Integer revision, String extension) {
        return url("plan/" + planId + "." + extension) + (revision == null ? "" : "?" + REVISION + "=" + revision);
    }

    /** @return the link to a monitoring report; {@code period} as in {@link #semester1}, {@link #yearEnd}, {@link #month} */
    static String report(long planId, String period, String extension) {
        return url("report/" + planId + "/" + period + "." + extension);
    }

    /** @return the link to the year-end report of a plan, of one school year ({@code 2025-2026}) when not null */
    static String yearEndReport(long planId, String schoolYear, String extension) {
        return url("year-end/" + planId + "." + extension) + (schoolYear == null ? "" : "?" + SCHOOL_YEAR + "=" + schoolYear);
    }

    /** @return the link to an inspection record */
    static String inspection(long inspectionId, String extension) {
        return url("inspection/" + inspectionId + "." + extension);
    }

    /** @return the link to a body's roll-up of a school year ({@code 2025-2026}) */
    static String rollup(String bodyId, String schoolYear, String extension) {
        return url("rollup/" + bodyId + "/" + schoolYear + "." + extension);
    }

    /** @return the link to a batch zip */
    /** @return the link to the empty plan table, {@code 2018} (nine columns) or {@code tt57} (Biểu 2), as XLSX */
    static String template(String form) {
        return url("template/plan-" + form + ".xlsx");
    }

    static String batch(String jobId) {
        return url("batch/" + jobId + ".zip");
    }

    /** @return the period token of the semester I review of a school year ({@code 2025-2026}) */
    static String semester1(String schoolYear) {
        return "semester-1-" + schoolYear;
    }

    /** @return the period token of the year-end review of a school year ({@code 2025-2026}) */
    static String yearEnd(String schoolYear) {
        return "year-end-" + schoolYear;
    }

    /** @return the period token of a month */
    static String month(int year, int month) {
        return String.format(Locale.ROOT, "month-%04d-%02d", year, month);
    }

    private static String url(String path) {
        return DownloadProvider.url(MODULE, path);
    }

    private static void requireParts(String[] parts, int expected, String path) {
        if (parts.length != expected) {
            throw new IllegalArgumentException("malformed path: " + path);
        }
    }

    private static long id(String text) {
        if (!ID.matcher(text).matches()) {
            throw new IllegalArgumentException("malformed id: " + text);
        }
        return Long.parseLong(text);
    }

    private static int positive(String text, String what) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("malformed " + what + ": " + text);
        }
        return Integer.parseInt(text);
    }

    /** @return the start year of a school year written {@code 2025-2026} */
    static int schoolYearStart(String text) {
        Matcher m = YEARS.matcher(text == null ? "" : text);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("malformed school year: " + text);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String reportScope(String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed report period: " + period);
        }
        if (m.group(1) != null) {
            int start = schoolYearStart(m.group(2) + "-" + m.group(3));
            return ("semester-1".equals(m.group(1)) ? "SEMESTER_1:" : "YEAR_END:") + start;
        }
        int month = Integer.parseInt(m.group(5));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("malformed month: " + period);
        }
        return "MONTHLY:" + m.group(4) + "-" + m.group(5);
    }
}

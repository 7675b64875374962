package vn.edu.caitien.monitoring.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Charts as inline SVG text: horizontal bars, grouped bars, stacked bars and a timeline of a school year. No
 * script, no external resource, presentation attributes rather than CSS, so a chart looks the same on screen, in a
 * printout and in a saved page. Every value is also written as text next to its bar, and tones differ in lightness
 * as well as hue, so a black-and-white printout stays readable. All labels come from the caller (already
 * translated); every text is XML-escaped.
 */
final class SvgChart {

    /** Width of the drawing in user units; the SVG scales to its container. */
    static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int VALUE_WIDTH = 110;
    private static final int ROW = 22;
    private static final int TOP = 8;
    private static final int LABEL_CHARS = 38;

    /** Colours of the tones: light to dark so that they stay apart in grey. */
    enum Tone {
        DONE("#2e7d32"), PROGRESS("#64b5f6"), LATE("#c62828"), NOT_STARTED("#e0e0e0"), PAUSED("#ffb300"),
        CANCELLED("#9e9e9e"), PLANNED("#90caf9"), SPENT("#1f4e79"), NEUTRAL("#1f4e79");

        final String fill;

        Tone(String fill) {
            this.fill = fill;
        }
    }

    /** One bar: its label, its value (0..max), the value as the reader should see it, its tone. */
    record Bar(String label, double value, String valueText, Tone tone) implements Serializable {
        Bar {
            Objects.requireNonNull(label, "label");
            valueText = valueText == null ? "" : valueText;
            tone = tone == null ? Tone.NEUTRAL : tone;
        }
    }

    /** A series of grouped or stacked bars, named in the legend. */
    record Series(String name, Tone tone) implements Serializable {
    }

    /** A group of bars, one value per series (same order), with the values as text. */
    record Group(String label, List<Double> values, List<String> valueTexts) implements Serializable {
        Group {
            values = List.copyOf(values);
            valueTexts = List.copyOf(valueTexts);
        }
    }

    /** A stacked bar: one count per series (same order) and a text for the whole row. */
    record Stack(String label, List<Integer> counts, String text) implements Serializable {
        Stack {
            counts = List.copyOf(counts);
            text = text == null ? "" : text;
        }
    }

    /** A span of the timeline; a null end runs to the end of the year. */
    record Span(String label, LocalDate start, LocalDate end, Tone tone, String note) implements Serializable {
        Span {
            tone = tone == null ? Tone.NEUTRAL : tone;
            note = note == null ? "" : note;
        }
    }

    private SvgChart() {
    }

    /**
     * @param title a title read by screen readers and shown as a tooltip
     * @param max   the value of a full-width bar (100 for percents)
     * @return an SVG with one {@code rect class="bar"} per bar
     */
    static String horizontalBars(String title, double max, List<Bar> bars) {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = TOP * 2 + ROW * Math.max(bars.size(), 1);
        StringBuilder svg = open(title, height);
        gridLines(svg, plot, height, max);
        int y = TOP;
        for (Bar bar : bars) {
            label(svg, bar.label(), y);
            double w = scale(bar.value(), max, plot);
            rect(svg, "bar", LABEL_WIDTH, y + 3, w, ROW - 6, bar.tone().fill, bar.label() + ": " + bar.valueText());
            text(svg, LABEL_WIDTH + w + 6, y + ROW - 7, "start", "value", bar.valueText());
            y += ROW;
        }
        return close(svg);
    }

    /**
     * Horizontal bars in groups, one bar per series in each group (budget planned and spent per funding source).
     *
     * @return an SVG with one {@code rect class="bar"} per value and a legend
     */
    static String groupedBars(String title, List<Series> series, List<Group> groups) {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double max = groups.stream().flatMap(g -> g.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        int bar = 14;
        int groupHeight = bar * series.size() + 10;
        int height = TOP * 2 + groupHeight * Math.max(groups.size(), 1) + ROW;
        StringBuilder svg = open(title, height);
        int y = TOP;
        for (Group group : groups) {
            label(svg, group.label(), y + (groupHeight - 10 - ROW) / 2);
            for (int i = 0; i < series.size(); i++) {
                double value = i < group.values().size() ? group.values().get(i) : 0;
                String valueText = i < group.valueTexts().size() ? group.valueTexts().get(i) : "";
                double w = scale(value, max, plot);
                int by = y + i * bar;
                rect(svg, "bar", LABEL_WIDTH, by + 1, w, bar - 2, series.get(i).tone().fill,
                        group.label() + " – " + series.get(i).name() + ": " + valueText);
                text(svg, LABEL_WIDTH + w + 6, by + bar - 3, "start", "value", valueText);
            }
            y += groupHeight;
        }
        legend(svg, series, y + 4);
        return close(svg);
    }

    /**
     * Stacked horizontal bars of counts, each row as wide as the plot (share of each series), for example the
     * actions of a school by status.
     *
     * @return an SVG with one {@code g class="stack"} per row and one {@code rect class="bar"} per non-zero count
     */
    static String stackedBars(String title, List<Series> series, List<Stack> rows) {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = TOP * 2 + ROW * Math.max(rows.size(), 1) + ROW;
        StringBuilder svg = open(title, height);
        int y = TOP;
        for (Stack row : rows) {
            label(svg, row.label(), y);
            int total = row.counts().stream().mapToInt(Integer::intValue).sum();
            svg.append("<g class=\"stack\">");
            double x = LABEL_WIDTH;
            for (int i = 0; i < series.size() && i < row.counts().size(); i++) {
                int count = row.counts().get(i);
                if (count <= 0) {
                    continue;
                }
                double w = total == 0 ? 0 : plot * (double) count / total;
                rect(svg, "bar", x, y + 3, w, ROW - 6, series.get(i).tone().fill,
                        row.label() + " – " + series.get(i).name() + ": " + count);
                x += w;
            }
            svg.append("</g>");
            if (total == 0) {
                rect(svg, "empty", LABEL_WIDTH, y + 3, plot, ROW - 6, "#ffffff", row.label());
            }
            text(svg, LABEL_WIDTH + plot + 6, y + ROW - 7, "start", "value", row.text());
            y += ROW;
        }
        legend(svg, series, y + 4);
        return close(svg);
    }

    /**
     * A Gantt chart of a school year: twelve month columns from {@code yearStart} (1 September), one row per span,
     * and a dashed line for today when it falls in the year.
     *
     * @param months twelve month labels, September first
     * @return an SVG with one {@code rect class="span"} per span that overlaps the year
     */
    static String timeline(String title, LocalDate yearStart, List<String> months, List<Span> spans, LocalDate today) {
        LocalDate yearEnd = yearStart.plusYears(1);
        double days = ChronoUnit.DAYS.between(yearStart, yearEnd);
        int plot = WIDTH - LABEL_WIDTH - 10;
        int height = TOP + ROW + ROW * Math.max(spans.size(), 1) + TOP;
        StringBuilder svg = open(title, height);
        for (int m = 0; m < 12; m++) {
            LocalDate first = yearStart.plusMonths(m);
            double x = LABEL_WIDTH + plot * ChronoUnit.DAYS.between(yearStart, first) / days;
            double next = LABEL_WIDTH + plot * ChronoUnit.DAYS.between(yearStart, first.plusMonths(1)) / days;
            line(svg, x, TOP, x, height - TOP, "#d0d7de", false);
            text(svg, (x + next) / 2, TOP + 14, "middle", "month", m < months.size() ? months.get(m) : "");
        }
        line(svg, LABEL_WIDTH + plot, TOP, LABEL_WIDTH + plot, height - TOP, "#d0d7de", false);
        int y = TOP + ROW;
        for (Span span : spans) {
            label(svg, span.label(), y);
            LocalDate start = span.start() == null ? yearStart : span.start();
            LocalDate end = span.end() == null ? yearEnd : span.end().plusDays(1);
            if (end.isAfter(yearStart) && start.isBefore(yearEnd)) {
                LocalDate from = start.isBefore(yearStart) ? yearStart : start;
                LocalDate to = end.isAfter(yearEnd) ? yearEnd : end;
                double x = LABEL_WIDTH + plot * ChronoUnit.DAYS.between(yearStart, from) / days;
                double w = Math.max(2, plot * ChronoUnit.DAYS.between(from, to) / days);
                String tip = span.label() + (span.note().isEmpty() ? "" : " – " + span.note());
                rect(svg, "span", x, y + 4, w, ROW - 8, span.tone().fill, tip);
            }
            y += ROW;
        }
        if (today != null && !today.isBefore(yearStart) && today.isBefore(yearEnd)) {
            double x = LABEL_WIDTH + plot * ChronoUnit.DAYS.between(yearStart, today) / days;
            line(svg, x, TOP + ROW - 4, x, height - TOP, "#8a1c12", true);
        }
        return close(svg);
    }

    // ---- drawing primitives ----

    private static StringBuilder open(String title, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"monitoring-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:")
                .append(WIDTH).append("px\" font-family=\"Arial, 'Noto Sans', sans-serif\" font-size=\"12\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static void gridLines(StringBuilder svg, int plot, int height, double max) {
        for (int i = 0; i <= 4; i++) {
            double x = LABEL_WIDTH + plot * i / 4.0;
            line(svg, x, TOP, x, height - TOP, "#d0d7de", false);
        }
    }

    private static void label(StringBuilder svg, String label, int y) {
        String shown = label.length() > LABEL_CHARS ? label.substring(0, LABEL_CHARS - 1) + "…" : label;
        svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + ROW - 7)
                .append("\" text-anchor=\"end\" fill=\"#1f2328\">");
        if (!shown.equals(label)) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
        svg.append(escape(shown)).append("</text>");
    }

    private static void rect(StringBuilder svg, String cls, double x, double y, double w, double h, String fill,
                             String tip) {
        svg.append("<rect class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"")
                .append(fill).append("\" stroke=\"#1f2328\" stroke-width=\"0.5\"><title>").append(escape(tip))
                .append("</title></rect>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String cls, String text) {
        svg.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"#1f2328\">").append(escape(text))
                .append("</text>");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String stroke,
                             boolean dashed) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append(dashed ? "\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" class=\"today\"/>" : "\"/>");
    }

    private static void legend(StringBuilder svg, List<Series> series, int y) {
        double x = LABEL_WIDTH;
        for (Series s : series) {
            svg.append("<rect class=\"legend\" x=\"").append(num(x)).append("\" y=\"").append(y + 2)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(s.tone().fill)
                    .append("\" stroke=\"#1f2328\" stroke-width=\"0.5\"/>");
            text(svg, x + 16, y + 12, "start", "legend", s.name());
            x += 30 + Math.min(s.name().length(), 24) * 6.5;
        }
    }

    private static double scale(double value, double max, int plot) {
        if (max <= 0 || value <= 0 || Double.isNaN(value)) {
            return 0;
        }
        return plot * Math.min(value, max) / max;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping; characters XML 1.0 does not allow are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

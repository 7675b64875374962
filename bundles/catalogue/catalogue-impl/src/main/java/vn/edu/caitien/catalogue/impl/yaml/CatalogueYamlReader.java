package vn.edu.caitien.catalogue.impl.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.edu.caitien.catalogue.api.ImportProblem;
import vn.edu.caitien.catalogue.api.ImportProblem.Kind;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.RuleSet;
import vn.edu.caitien.catalogue.impl.Text;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.AppendixDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.CriterionDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.IndicatorDoc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.Level4Doc;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.StandardDoc;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * Reads a catalogue file of the shape of the shipped {@code catalogue/*.yaml}, reporting every problem with its
 * line. Works on SnakeYAML's node tree (never constructs Java objects from the file), so line numbers are exact
 * and no type tags are honoured. Keys it does not know (research notes such as {@code status} or {@code notes})
 * are ignored. Thread-safe: holds only configuration.
 */
public final class CatalogueYamlReader {

    /** School kinds the circulars name, and the portal levels each covers. */
    static final Map<String, Set<SchoolLevel>> SCHOOL_KINDS = Map.of(
            "MN", EnumSet.of(SchoolLevel.MN),
            "TH", EnumSet.of(SchoolLevel.TH),
            "THCS", EnumSet.of(SchoolLevel.THCS),
            "THPT", EnumSet.of(SchoolLevel.THPT),
            "GDTX", EnumSet.of(SchoolLevel.GDTX),
            // A multi-level school is covered through the levels it teaches.
            "Phổ thông nhiều cấp học", EnumSet.noneOf(SchoolLevel.class),
            // District boarding schools are THCS, provincial ones THPT.
            "PTDTNT", EnumSet.of(SchoolLevel.THCS, SchoolLevel.THPT),
            "PTDTBT", EnumSet.of(SchoolLevel.TH, SchoolLevel.THCS));

    private static final Pattern CIRCULAR = Pattern.compile("(\\d+)/(\\d{4})/.+");
    private static final Pattern CODE = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern LEVEL_KEY = Pattern.compile("level(\\d+)");
    private static final String APPENDIX_PREFIX = "Phụ lục ";

    private final int maxBytes;

    /** @param maxBytes files larger than this are refused before parsing */
    public CatalogueYamlReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The outcome of reading a file.
     *
     * @param problems every problem, by line
     * @param document the catalogue, or null when there are problems
     */
    public record Result(List<ImportProblem> problems, CatalogueDocument document) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** @return the problems found, and the document when there are none */
    public Result read(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return new Result(List.of(new ImportProblem(Kind.OVERSIZE, 0, bytes.length + "/" + maxBytes)), null);
        }
        String text;
        try {
            text = decode(bytes);
        } catch (BadEncoding e) {
            return new Result(List.of(new ImportProblem(Kind.BAD_ENCODING, e.line, "")), null);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(Math.max(maxBytes, 1024));
            root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            return new Result(List.of(new ImportProblem(Kind.SYNTAX, line, e.getProblem())), null);
        } catch (YAMLException e) {
            return new Result(List.of(new ImportProblem(Kind.SYNTAX, 0, e.getMessage())), null);
        }
        Walk walk = new Walk();
        CatalogueDocument document = walk.document(root);
        List<ImportProblem> problems = new ArrayList<>(walk.problems);
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new Result(problems, problems.isEmpty() ? document : null);
    }

    /** @return the portal school levels a school kind named in a catalogue covers; empty when unknown */
    public static Set<SchoolLevel> levelsOf(String label) {
        return SCHOOL_KINDS.getOrDefault(label, EnumSet.noneOf(SchoolLevel.class));
    }

    /**
     * Derives a regime id from a circular number: {@code 57/2026/TT-BGDĐT} gives {@code tt57-2026}.
     *
     * @return the id, or null when the number does not have the form {@code n/yyyy/...}
     */
    public static String regimeIdOf(String circular) {
        Matcher m = CIRCULAR.matcher(circular == null ? "" : circular.strip());
        return m.matches() ? "tt" + Integer.parseInt(m.group(1)) + "-" + m.group(2) : null;
    }

    private static String decode(byte[] bytes) throws BadEncoding {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BadEncoding(line);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static final class BadEncoding extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        BadEncoding(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** One pass over the node tree, collecting problems as it goes. */
    private static final class Walk {
        final List<ImportProblem> problems = new ArrayList<>();

        void problem(Kind kind, Node node, String detail) {
            problems.add(new ImportProblem(kind, line(node), detail));
        }

        static int line(Node node) {
            return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        CatalogueDocument document(Node root) {
            if (!(root instanceof MappingNode)) {
                problems.add(new ImportProblem(Kind.WRONG_STRUCTURE, Math.max(1, line(root)), "document"));
                return null;
            }
            Map<String, NodeTuple> top = mapping(root);
            String circular = requiredText(top, "circular", root);
            String regimeId = optionalText(top, "id");
            if (regimeId == null && circular != null) {
                regimeId = regimeIdOf(circular);
                if (regimeId == null) {
                    problem(Kind.BAD_VALUE, top.get("circular").getValueNode(), circular);
                }
            }
            String title = optionalText(top, "title");
            LocalDate issued = date(top, "issued", root, true);
            LocalDate effective = date(top, "effective", root, false);
            List<String> amendedBy = textOrList(top, "amended_by");
            List<Integer> levels = levels(top);
            RuleSet ruleSet = ruleSet(top, levels);
            PlanForm planForm = planForm(top, ruleSet);
            Boolean checked = bool(top.get("official_text_checked"));
            List<AppendixDoc> appendices = appendices(top, root);
            Set<String> codes = new HashSet<>();
            appendices.forEach(a -> codes.add(a.code()));
            Set<String> mandatory = mandatoryCodes(top);
            List<StandardDoc> standards = standards(top, root, codes, levels, ruleSet, mandatory);
            List<Level4Doc> level4 = level4(top);
            checkMandatoryReferences(top, standards);
            if (!problems.isEmpty()) {
                return null;
            }
            return new CatalogueDocument(Text.nfc(regimeId), Text.nfc(circular), title == null ? "" : title,
                    issued, effective == null ? issued : effective, amendedBy, appendices, levels, ruleSet,
                    planForm, checked == null || checked, standards, level4);
        }

        Map<String, NodeTuple> mapping(Node node) {
            Map<String, NodeTuple> map = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problem(Kind.WRONG_STRUCTURE, tuple.getKeyNode(), "key");
                    continue;
                }
                if (map.putIfAbsent(key.getValue(), tuple) != null) {
                    problem(Kind.DUPLICATE_CODE, key, key.getValue());
                }
            }
            return map;
        }

        String scalar(NodeTuple tuple, String field) {
            Node value = tuple.getValueNode();
            if (!(value instanceof ScalarNode scalar)) {
                problem(Kind.WRONG_STRUCTURE, value, field);
                return null;
            }
            String text = Text.nfc(scalar.getValue());
            return text.isEmpty() ? null : text;
        }

        String requiredText(Map<String, NodeTuple> map, String field, Node owner) {
            NodeTuple tuple = map.get(field);
            if (tuple == null) {
                problem(Kind.MISSING_FIELD, owner, field);
                return null;
            }
            String text = scalar(tuple, field);
            if (text == null && tuple.getValueNode() instanceof ScalarNode) {
                problem(Kind.MISSING_FIELD, tuple.getKeyNode(), field);
            }
            return text;
        }

        String optionalText(Map<String, NodeTuple> map, String field) {
            NodeTuple tuple = map.get(field);
            return tuple == null ? null : scalar(tuple, field);
        }

        Boolean bool(NodeTuple tuple) {
            if (tuple == null) {
                return null;
            }
            String text = scalar(tuple, ((ScalarNode) tuple.getKeyNode()).getValue());
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.parseBoolean(text);
            }
            if (text != null) {
                problem(Kind.BAD_VALUE, tuple.getValueNode(), text);
            }
            return null;
        }

        LocalDate date(Map<String, NodeTuple> map, String field, Node owner, boolean required) {
            String text = required ? requiredText(map, field, owner) : optionalText(map, field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(Kind.BAD_VALUE, map.get(field).getValueNode(), text);
                return null;
            }
        }

        List<String> textOrList(Map<String, NodeTuple> map, String field) {
            NodeTuple tuple = map.get(field);
            if (tuple == null) {
                return List.of();
            }
            if (tuple.getValueNode() instanceof SequenceNode seq) {
                List<String> values = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                        values.add(Text.nfc(s.getValue()));
                    } else {
                        problem(Kind.WRONG_STRUCTURE, item, field);
                    }
                }
                return values;
            }
            String text = scalar(tuple, field);
            return text == null ? List.of() : List.of(text);
        }

        Integer integer(Node node, String field) {
            if (node instanceof ScalarNode s) {
                try {
                    return Integer.valueOf(s.getValue().strip());
                } catch (NumberFormatException e) {
                    problem(Kind.BAD_VALUE, node, s.getValue());
                    return null;
                }
            }
            problem(Kind.WRONG_STRUCTURE, node, field);
            return null;
        }

        List<Integer> levels(Map<String, NodeTuple> top) {
            NodeTuple tuple = top.get("levels");
            if (tuple == null) {
                return List.of(1, 2, 3);
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "levels");
                return List.of(1, 2, 3);
            }
            List<Integer> levels = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Integer level = integer(item, "levels");
                if (level != null && (level < 1 || level > 3 || level != levels.size() + 1)) {
                    problem(Kind.UNKNOWN_LEVEL, item, String.valueOf(level));
                } else if (level != null) {
                    levels.add(level);
                }
            }
            return levels.isEmpty() ? List.of(1, 2, 3) : levels;
        }

        RuleSet ruleSet(Map<String, NodeTuple> top, List<Integer> levels) {
            String text = optionalText(top, "rule_set");
            if (text == null) {
                return levels.size() <= 2 ? RuleSet.RULES_2026 : RuleSet.RULES_2018;
            }
            switch (text) {
                case "2018":
                    return RuleSet.RULES_2018;
                case "2026":
                    return RuleSet.RULES_2026;
                default:
                    problem(Kind.BAD_VALUE, top.get("rule_set").getValueNode(), text);
                    return RuleSet.RULES_2018;
            }
        }

        PlanForm planForm(Map<String, NodeTuple> top, RuleSet ruleSet) {
            String text = optionalText(top, "plan_form");
            if (text == null) {
                return ruleSet == RuleSet.RULES_2026 ? PlanForm.BIEU_2 : PlanForm.TABLE_2018;
            }
            try {
                return PlanForm.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(Kind.BAD_VALUE, top.get("plan_form").getValueNode(), text);
                return PlanForm.TABLE_2018;
            }
        }

        List<String> schoolKinds(NodeTuple tuple) {
            if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "school_levels");
                return List.of();
            }
            List<String> kinds = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    problem(Kind.WRONG_STRUCTURE, item, "school_levels");
                } else if (!SCHOOL_KINDS.containsKey(Text.nfc(s.getValue()))) {
                    problem(Kind.UNKNOWN_LEVEL, item, s.getValue());
                } else {
                    kinds.add(Text.nfc(s.getValue()));
                }
            }
            return kinds;
        }

        List<AppendixDoc> appendices(Map<String, NodeTuple> top, Node root) {
            NodeTuple tuple = top.get("appendices");
            if (tuple == null) {
                NodeTuple levels = top.get("school_levels");
                if (levels == null) {
                    problem(Kind.MISSING_FIELD, root, "school_levels");
                    return List.of(new AppendixDoc("", List.of()));
                }
                return List.of(new AppendixDoc("", schoolKinds(levels)));
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "appendices");
                return List.of();
            }
            List<AppendixDoc> appendices = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(Kind.WRONG_STRUCTURE, item, "appendices");
                    continue;
                }
                Map<String, NodeTuple> map = mapping(item);
                String printed = requiredText(map, "appendix", item);
                NodeTuple levels = map.get("school_levels");
                if (levels == null) {
                    problem(Kind.MISSING_FIELD, item, "school_levels");
                }
                if (printed == null) {
                    continue;
                }
                String code = printed.startsWith(APPENDIX_PREFIX)
                        ? printed.substring(APPENDIX_PREFIX.length()).strip() : printed;
                if (!seen.add(code)) {
                    problem(Kind.DUPLICATE_CODE, map.get("appendix").getValueNode(), printed);
                }
                appendices.add(new AppendixDoc(code, levels == null ? List.of() : schoolKinds(levels)));
            }
            return appendices;
        }

        Set<String> mandatoryCodes(Map<String, NodeTuple> top) {
            Set<String> codes = new HashSet<>();
            NodeTuple tuple = top.get("mandatory_criteria");
            if (tuple == null) {
                return codes;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "mandatory_criteria");
                return codes;
            }
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    codes.add(s.getValue().strip());
                } else {
                    problem(Kind.WRONG_STRUCTURE, item, "mandatory_criteria");
                }
            }
            return codes;
        }

        void checkMandatoryReferences(Map<String, NodeTuple> top, List<StandardDoc> standards) {
            NodeTuple tuple = top.get("mandatory_criteria");
            if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq)) {
                return;
            }
            Set<String> known = new HashSet<>();
            standards.forEach(s -> s.criteria().forEach(c -> known.add(c.code())));
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !known.contains(s.getValue().strip())) {
                    problem(Kind.UNKNOWN_REFERENCE, item, s.getValue());
                }
            }
        }

        Map<String, String> titles(Map<String, NodeTuple> map, Node owner, Set<String> appendixCodes) {
            NodeTuple tuple = map.get("title");
            if (tuple == null) {
                problem(Kind.MISSING_FIELD, owner, "title");
                return Map.of();
            }
            Node value = tuple.getValueNode();
            Map<String, String> titles = new LinkedHashMap<>();
            if (value instanceof MappingNode) {
                for (Map.Entry<String, NodeTuple> variant : mapping(value).entrySet()) {
                    String appendix = variant.getKey().strip();
                    if (!appendixCodes.contains(appendix)) {
                        problem(Kind.UNKNOWN_REFERENCE, variant.getValue().getKeyNode(), appendix);
                    }
                    String text = scalar(variant.getValue(), "title");
                    if (text == null) {
                        problem(Kind.MISSING_FIELD, variant.getValue().getKeyNode(), "title");
                    } else {
                        titles.put(appendix, text);
                    }
                }
                if (titles.isEmpty()) {
                    problem(Kind.MISSING_FIELD, value, "title");
                }
                return titles;
            }
            String text = scalar(tuple, "title");
            if (text == null && value instanceof ScalarNode) {
                problem(Kind.MISSING_FIELD, tuple.getKeyNode(), "title");
            } else if (text != null) {
                titles.put("", text);
            }
            return titles;
        }

        List<StandardDoc> standards(Map<String, NodeTuple> top, Node root, Set<String> appendixCodes,
                                    List<Integer> levels, RuleSet ruleSet, Set<String> mandatoryCodes) {
            NodeTuple tuple = top.get("standards");
            if (tuple == null) {
                problem(Kind.MISSING_FIELD, root, "standards");
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "standards");
                return List.of();
            }
            List<StandardDoc> standards = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(Kind.WRONG_STRUCTURE, item, "standards");
                    continue;
                }
                Map<String, NodeTuple> map = mapping(item);
                Integer number = null;
                if (map.get("number") == null) {
                    problem(Kind.MISSING_FIELD, item, "number");
                } else {
                    number = integer(map.get("number").getValueNode(), "number");
                    if (number != null && number < 1) {
                        problem(Kind.BAD_VALUE, map.get("number").getValueNode(), String.valueOf(number));
                        number = null;
                    } else if (number != null && !numbers.add(number)) {
                        problem(Kind.DUPLICATE_CODE, map.get("number").getValueNode(), "TC" + number);
                    }
                }
                Map<String, String> titles = titles(map, item, appendixCodes);
                List<CriterionDoc> criteria = criteria(map, item, number, appendixCodes, levels, ruleSet,
                        mandatoryCodes, codes);
                if (number != null) {
                    standards.add(new StandardDoc(number, titles, criteria));
                }
            }
            return standards;
        }

        List<CriterionDoc> criteria(Map<String, NodeTuple> standard, Node owner, Integer number,
                                    Set<String> appendixCodes, List<Integer> levels, RuleSet ruleSet,
                                    Set<String> mandatoryCodes, Set<String> codes) {
            NodeTuple tuple = standard.get("criteria");
            if (tuple == null) {
                problem(Kind.MISSING_FIELD, owner, "criteria");
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "criteria");
                return List.of();
            }
            List<CriterionDoc> criteria = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(Kind.WRONG_STRUCTURE, item, "criteria");
                    continue;
                }
                Map<String, NodeTuple> map = mapping(item);
                String code = requiredText(map, "code", item);
                if (code != null) {
                    Node codeNode = map.get("code").getValueNode();
                    if (!CODE.matcher(code).matches()) {
                        problem(Kind.BAD_VALUE, codeNode, code);
                    } else if (number != null && !code.startsWith(number + ".")) {
                        problem(Kind.CODE_OUTSIDE_STANDARD, codeNode, code);
                    }
                    if (!codes.add(code)) {
                        problem(Kind.DUPLICATE_CODE, codeNode, code);
                    }
                }
                Map<String, String> titles = titles(map, item, appendixCodes);
                Boolean flag = bool(map.get("mandatory"));
                boolean mandatory = Boolean.TRUE.equals(flag) || (code != null && mandatoryCodes.contains(code));
                if (mandatory && ruleSet != RuleSet.RULES_2026) {
                    problem(Kind.BAD_VALUE, map.containsKey("mandatory") ? map.get("mandatory").getValueNode()
                            : item, "mandatory");
                }
                List<IndicatorDoc> indicators = indicators(map.get("indicators"), levels);
                if (code != null) {
                    criteria.add(new CriterionDoc(code, titles, mandatory, optionalText(map, "summary"),
                            optionalText(map, "note"), indicators));
                }
            }
            return criteria;
        }

        List<IndicatorDoc> indicators(NodeTuple tuple, List<Integer> levels) {
            if (tuple == null) {
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof MappingNode)) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "indicators");
                return List.of();
            }
            List<IndicatorDoc> indicators = new ArrayList<>();
            for (Map.Entry<String, NodeTuple> entry : mapping(tuple.getValueNode()).entrySet()) {
                Node keyNode = entry.getValue().getKeyNode();
                Matcher m = LEVEL_KEY.matcher(entry.getKey());
                if (!m.matches() || !levels.contains(Integer.parseInt(m.group(1)))) {
                    problem(Kind.UNKNOWN_LEVEL, keyNode, entry.getKey());
                    continue;
                }
                int level = Integer.parseInt(m.group(1));
                Node value = entry.getValue().getValueNode();
                if (value instanceof SequenceNode seq) {
                    Set<String> letters = new HashSet<>();
                    for (Node item : seq.getValue()) {
                        if (!(item instanceof MappingNode)) {
                            problem(Kind.WRONG_STRUCTURE, item, entry.getKey());
                            continue;
                        }
                        Map<String, NodeTuple> map = mapping(item);
                        String letter = optionalText(map, "letter");
                        if (letter == null) {
                            letter = String.valueOf((char) ('a' + letters.size()));
                        }
                        if (!letters.add(letter)) {
                            problem(Kind.DUPLICATE_CODE, item, level + letter);
                        }
                        indicators.add(new IndicatorDoc(level, letter, optionalText(map, "text"),
                                optionalText(map, "summary")));
                    }
                } else {
                    Integer count = integer(value, entry.getKey());
                    if (count != null && (count < 0 || count > 26)) {
                        problem(Kind.BAD_VALUE, value, String.valueOf(count));
                    } else if (count != null) {
                        for (int i = 0; i < count; i++) {
                            indicators.add(new IndicatorDoc(level, String.valueOf((char) ('a' + i)), null, null));
                        }
                    }
                }
            }
            return indicators;
        }

        List<Level4Doc> level4(Map<String, NodeTuple> top) {
            NodeTuple tuple = top.get("level4");
            if (tuple == null) {
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
                problem(Kind.WRONG_STRUCTURE, tuple.getValueNode(), "level4");
                return List.of();
            }
            List<Level4Doc> items = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(Kind.WRONG_STRUCTURE, item, "level4");
                    continue;
                }
                Map<String, NodeTuple> map = mapping(item);
                String code = requiredText(map, "code", item);
                String summary = requiredText(map, "summary", item);
                if (code != null && !codes.add(code)) {
                    problem(Kind.DUPLICATE_CODE, map.get("code").getValueNode(), code);
                }
                if (code != null && summary != null) {
                    items.add(new Level4Doc(code, summary));
                }
            }
            return items;
        }
    }
}

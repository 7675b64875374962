package vn.edu.caitien.catalogue.impl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.caitien.catalogue.api.ImportProblem;
import vn.edu.caitien.catalogue.api.ImportProblem.Kind;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.catalogue.api.RuleSet;

/** Validation of catalogue files: a good file, and each kind of bad file with its line. */
class CatalogueYamlReaderTest {

    private static final String GOOD = """
            circular: "99/2030/TT-BGDĐT"
            title: "Thông tư thử"
            issued: 2030-01-02
            school_levels: [TH]
            standards:
              - number: 1
                title: "Tổ chức và quản lý nhà trường"
                criteria:
                  - code: "1.1"
                    title: "Phương hướng"
                    indicators: {level1: 3, level2: 1, level3: 0}
                  - code: "1.2"
                    title: "Hội đồng trường"
                    indicators:
                      level1:
                        - {letter: a, text: "Có hội đồng"}
                        - {letter: b}
            level4:
              - {code: "Điều 22.1", summary: "Kế hoạch"}
            """;

    private final CatalogueYamlReader reader = new CatalogueYamlReader(2 * 1024 * 1024);

    private CatalogueYamlReader.Result read(String yaml) {
        return reader.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAGoodFile() {
        CatalogueYamlReader.Result result = read(GOOD);
        assertThat(result.problems()).isEmpty();
        CatalogueDocument doc = result.document();
        assertThat(doc.regimeId()).isEqualTo("tt99-2030");
        assertThat(doc.effective()).isEqualTo(doc.issued());
        assertThat(doc.ruleSet()).isEqualTo(RuleSet.RULES_2018);
        assertThat(doc.planForm()).isEqualTo(PlanForm.TABLE_2018);
        assertThat(doc.criteria()).hasSize(2);
        assertThat(doc.criteria().get(0).indicators()).hasSize(4);
        assertThat(doc.criteria().get(1).indicators().get(0).text()).isEqualTo("Có hội đồng");
        assertThat(doc.level4()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tt17", "tt18", "tt19", "tt57"})
    void shippedFilesAreValidAndRoundTrip(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogue/" + name + ".yaml")) {
            bytes = in.readAllBytes();
        }
        CatalogueYamlReader.Result first = reader.read(bytes);
        assertThat(first.problems()).isEmpty();
        String written = new CatalogueYamlWriter().write(first.document());
        CatalogueYamlReader.Result second = read(written);
        assertThat(second.problems()).isEmpty();
        assertThat(second.document()).isEqualTo(first.document());
    }

    private static ImportProblem only(CatalogueYamlReader.Result result) {
        assertThat(result.document()).isNull();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void duplicateCriterionCodeIsReportedOnItsLine() {
        ImportProblem p = only(read(GOOD.replace("code: \"1.2\"", "code: \"1.1\"")));
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_CODE);
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.detail()).isEqualTo("1.1");
    }

    @Test
    void missingTitleIsReported() {
        ImportProblem p = only(read(GOOD.replace("\n        title: \"Phương hướng\"", "")));
        assertThat(p.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(p.detail()).isEqualTo("title");
        assertThat(p.line()).isEqualTo(9);
    }

    @Test
    void blankTitleIsReported() {
        ImportProblem p = only(read(GOOD.replace("\"Phương hướng\"", "\"  \"")));
        assertThat(p.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(p.line()).isEqualTo(10);
    }

    @Test
    void unknownIndicatorLevelIsReported() {
        ImportProblem p = only(read(GOOD.replace("level3: 0}", "level4: 1}")));
        assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_LEVEL);
        assertThat(p.detail()).isEqualTo("level4");
        assertThat(p.line()).isEqualTo(11);
    }

    @Test
    void unknownSchoolLevelIsReported() {
        ImportProblem p = only(read(GOOD.replace("[TH]", "[TH, DAIHOC]")));
        assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_LEVEL);
        assertThat(p.detail()).isEqualTo("DAIHOC");
        assertThat(p.line()).isEqualTo(4);
    }

    @Test
    void badEncodingIsReportedWithItsLine() {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length);
        int offset = GOOD.indexOf("Thông tư thử");
        // A lone Latin-1 byte where UTF-8 is expected, as a Windows-1258 editor would write it.
        bad[new String(good, StandardCharsets.UTF_8).substring(0, offset).getBytes(StandardCharsets.UTF_8).length]
                = (byte) 0xD4;
        ImportProblem p = only(reader.read(bad));
        assertThat(p.kind()).isEqualTo(Kind.BAD_ENCODING);
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void wrongStructureIsReported() {
        ImportProblem p = only(read(GOOD.replace("school_levels: [TH]\nstandards:\n",
                "school_levels: [TH]\nstandards: \"none\"\nignored:\n")));
        assertThat(p.kind()).isEqualTo(Kind.WRONG_STRUCTURE);
        assertThat(p.detail()).isEqualTo("standards");
        assertThat(only(read("- a\n- b\n")).kind()).isEqualTo(Kind.WRONG_STRUCTURE);
    }

    @Test
    void yamlSyntaxErrorIsReportedWithItsLine() {
        ImportProblem p = only(read("circular: \"1/2020/TT\"\nissued: [2020\nstandards: x\n"));
        assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(p.line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void oversizeFileIsRefusedBeforeParsing() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '[');
        ImportProblem p = only(reader.read(big));
        assertThat(p.kind()).isEqualTo(Kind.OVERSIZE);
        assertThat(p.line()).isZero();
    }

    @Test
    void everyProblemIsReportedInLineOrder() {
        String bad = GOOD.replace("issued: 2030-01-02", "issued: 2030-13-45")
                .replace("code: \"1.2\"", "code: \"2.2\"")
                .replace("\n        title: \"Phương hướng\"", "");
        CatalogueYamlReader.Result result = read(bad);
        assertThat(result.document()).isNull();
        assertThat(result.problems()).extracting(ImportProblem::kind)
                .containsExactly(Kind.BAD_VALUE, Kind.MISSING_FIELD, Kind.CODE_OUTSIDE_STANDARD);
        assertThat(result.problems()).extracting(ImportProblem::line).isSorted();
    }

    @Test
    void mandatoryReferencesAndAppendixVariantsAreChecked() {
        String tt = """
                circular: "98/2030/TT-BGDĐT"
                issued: 2030-01-02
                appendices:
                  - {appendix: "Phụ lục I", school_levels: [MN]}
                  - {appendix: "Phụ lục II", school_levels: [TH]}
                levels: [1, 2]
                mandatory_criteria: ["1.1", "1.9"]
                standards:
                  - number: 1
                    title: {I: "Một", IV: "Bốn"}
                    criteria:
                      - {code: "1.1", title: "A"}
                """;
        CatalogueYamlReader.Result result = read(tt);
        assertThat(result.problems()).extracting(ImportProblem::kind, ImportProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, "1.9"),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, "IV"));
        CatalogueYamlReader.Result fixed = read(tt.replace(", \"1.9\"", "").replace(", IV: \"Bốn\"", ""));
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.document().ruleSet()).isEqualTo(RuleSet.RULES_2026);
        assertThat(fixed.document().criteria().get(0).mandatory()).isTrue();
        assertThat(fixed.document().standards().get(0).titleFor("II")).isEqualTo("Một");
    }

    @Test
    void mandatoryCriteriaAreRefusedUnder2018Rules() {
        ImportProblem p = only(read(GOOD.replace("title: \"Phương hướng\"", "title: \"Phương hướng\"\n        mandatory: true")));
        assertThat(p.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(p.detail()).isEqualTo("mandatory");
    }
}

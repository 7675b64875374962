package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument.Level4Doc;

/**
 * The Mức 4 summaries of the shipped files are shown in the Vietnamese plan editor and printed in the plan
 * documents, so they are Vietnamese (NFC), no longer the English ones shipped before.
 */
class ShippedLevel4TextTest {

    /** Letters only Vietnamese uses among the languages we meet; a Vietnamese sentence has some. */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Common English words that are not Vietnamese words ("in" is: tài liệu in). */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|and|of|with|are|is|their|school|pupils|students|teachers|years?)\\b",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @CsvSource({"tt17-2018, 5", "tt18-2018, 6", "tt19-2018, 6"})
    void everyShippedLevel4SummaryIsVietnamese(String regimeId, int count) {
        List<Level4Doc> items = OldShippedLevel4.shipped(regimeId).level4();
        assertThat(items).extracting(Level4Doc::code).containsExactlyElementsOf(
                IntStream.rangeClosed(1, count).mapToObj(n -> "Điều 22." + n).toList());
        Set<String> english = OldShippedLevel4.ITEMS.stream().map(OldShippedLevel4.Item::english)
                .collect(Collectors.toSet());
        for (Level4Doc item : items) {
            assertThat(item.summary()).as(item.code())
                    .isNotBlank()
                    .doesNotContainPattern(ENGLISH_WORD)
                    .containsPattern(VIETNAMESE_LETTER)
                    .isNotIn(english)
                    .endsWith(".");
            assertThat(Normalizer.isNormalized(item.summary(), Normalizer.Form.NFC)).as(item.code()).isTrue();
        }
        // The codes are the ones the old English summaries had, so the migration finds every item.
        assertThat(items).extracting(Level4Doc::code).containsExactlyElementsOf(
                OldShippedLevel4.of(regimeId).stream().map(OldShippedLevel4.Item::code).toList());
    }
}

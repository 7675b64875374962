package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldsVietnameseDiacriticsCaseAndDStroke() {
        assertThat(Text.fold("Cơ sở vật chất")).isEqualTo("co so vat chat");
        assertThat(Text.fold("ĐẢM BẢO an ninh, trật tự")).isEqualTo("dam bao an ninh trat tu");
        assertThat(Text.fold("Tiêu chí 3.2: Phòng học")).isEqualTo("tieu chi 3.2 phong hoc");
        // Decomposed input (as some editors save it) folds the same.
        assertThat(Text.fold("Cơ sở".replace("ơ", "o\u031b"))).isEqualTo("co so");
        assertThat(Text.words("  tieu   chi co so  ")).containsExactly("tieu", "chi", "co", "so");
    }

    @Test
    void normalisesToNfc() {
        assertThat(Text.nfc(" Tru\u031bo\u031b\u0300ng ")).isEqualTo("Trường");
        assertThat(Text.nfc(null)).isNull();
    }
}

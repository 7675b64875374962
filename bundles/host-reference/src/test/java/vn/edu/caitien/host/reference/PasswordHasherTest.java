package vn.edu.caitien.host.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.PasswordHasher.PasswordHash;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = hasher.hash("mật khẩu".toCharArray());

        assertThat(hasher.verify("mật khẩu".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("mat khau".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void usesARandomSixteenByteSaltAndEnoughIterations() {
        PasswordHash first = hasher.hash("demo".toCharArray());
        PasswordHash second = hasher.hash("demo".toCharArray());

        assertThat(Base64.getDecoder().decode(first.salt())).hasSize(16);
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(first.iterations()).isGreaterThanOrEqualTo(120_000);
    }

    @Test
    void sameSaltGivesSameHash() {
        byte[] salt = new byte[16];
        PasswordHash a = hasher.hash("demo".toCharArray(), salt, 120_000);
        PasswordHash b = hasher.hash("demo".toCharArray(), salt, 120_000);

        assertThat(a).isEqualTo(b);
    }

    @Test
    void refusesWeakOrMalformedHashes() {
        PasswordHash good = hasher.hash("demo".toCharArray());

        assertThat(hasher.verify("demo".toCharArray(), new PasswordHash(good.hash(), good.salt(), 1000))).isFalse();
        assertThat(hasher.verify("demo".toCharArray(), new PasswordHash("%%%", good.salt(), good.iterations())))
                .isFalse();
        assertThat(hasher.verify("demo".toCharArray(), null)).isFalse();
        assertThatThrownBy(() -> hasher.hash("demo".toCharArray(), new byte[16], 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.serialize.java.JavaSerializer;
import org.junit.jupiter.api.Test;

/** A stored page that can no longer be read (its module stopped) must expire, not fail the request. */
class GuardedJavaSerializerTest {

    @Test
    void readsBackWhatItWrote() {
        GuardedJavaSerializer serializer = new GuardedJavaSerializer("test-app");
        List<String> page = new ArrayList<>(List.of("Kế hoạch", "Tiêu chí 1.1"));

        assertThat(serializer.deserialize(serializer.serialize(page))).isEqualTo(page);
    }

    @Test
    void anUnreadablePageIsTreatedAsExpired() {
        GuardedJavaSerializer guarded = new GuardedJavaSerializer("test-app");
        byte[] stored = guarded.serialize(new ArrayList<>(List.of("trang cũ")));
        // what a page referring to classes of a stopped bundle looks like to the reader: a stream it cannot finish
        byte[] damaged = Arrays.copyOf(stored, stored.length / 2);

        assertThatThrownBy(() -> new JavaSerializer("test-app").deserialize(damaged))
                .isInstanceOf(RuntimeException.class);
        assertThat(guarded.deserialize(damaged)).isNull();
    }
}

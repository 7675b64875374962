package vn.edu.caitien.monitoring.impl.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.portal.api.NotificationException;

class SmtpClientTest {

    private static SmtpClient client(int port, String user) {
        return new SmtpClient(new SmtpClient.Settings("127.0.0.1", port, "caitien@truong.edu.vn", user, "bí mật",
                false, 5_000));
    }

    @Test
    void sendsUtf8TextWithAuthentication() throws Exception {
        try (TinySmtpServer server = new TinySmtpServer()) {
            client(server.port(), "caitien").send("gv-ab@truong.edu.vn", "Cải Tiến: 1 việc quá hạn",
                    "Kính gửi thầy/cô,\n.\nBồi dưỡng giáo viên");
            assertThat(server.received).hasSize(1);
            TinySmtpServer.Message m = server.received.get(0);
            assertThat(m.to()).isEqualTo("<gv-ab@truong.edu.vn>");
            assertThat(new String(Base64.getDecoder().decode(m.auth()), StandardCharsets.UTF_8))
                    .isEqualTo("\0caitien\0bí mật");
            assertThat(m.data()).contains("Subject: =?UTF-8?B?" + Base64.getEncoder()
                    .encodeToString("Cải Tiến: 1 việc quá hạn".getBytes(StandardCharsets.UTF_8)) + "?=");
            String body = m.data().substring(m.data().indexOf("\n\n") + 2).replace("\n", "");
            assertThat(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8))
                    .isEqualTo("Kính gửi thầy/cô,\n.\nBồi dưỡng giáo viên");
        }
    }

    @Test
    void aRefusedAddressReportsTheServersReply() throws Exception {
        try (TinySmtpServer server = new TinySmtpServer("khong-co@truong.edu.vn")) {
            assertThatThrownBy(() -> client(server.port(), "").send("khong-co@truong.edu.vn", "x", "y"))
                    .isInstanceOf(NotificationException.class).hasMessageContaining("550");
            assertThat(server.received).isEmpty();
        }
    }

    @Test
    void refusesHeaderInjectionAndUnreachableServers() {
        assertThatThrownBy(() -> client(1, "").send("a@b.vn\r\nBcc: x@y.vn", "x", "y"))
                .isInstanceOf(NotificationException.class);
        assertThatThrownBy(() -> client(1, "").send("a@b.vn", "x", "y")).isInstanceOf(NotificationException.class);
    }
}

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

    // ------------------------------------------------------------------------------------------------ TLS

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path certificates;
    /** The in-test server's key (certificate for 127.0.0.1), and one for another name. */
    private static javax.net.ssl.SSLContext server;
    private static javax.net.ssl.SSLContext otherName;
    /** Client sockets that trust both test certificates. */
    private static javax.net.ssl.SSLSocketFactory trusting;

    @org.junit.jupiter.api.BeforeAll
    static void certificates() throws Exception {
        java.security.KeyStore trusted = java.security.KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        server = serverContext("tiny", "SAN=ip:127.0.0.1", trusted);
        otherName = serverContext("other", "SAN=dns:mail.truong.edu.vn", trusted);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory
                .getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        javax.net.ssl.SSLContext client = javax.net.ssl.SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        trusting = client.getSocketFactory();
    }

    /** A self-signed key made with the JDK's keytool; its certificate is added to {@code trusted}. */
    private static javax.net.ssl.SSLContext serverContext(String alias, String names, java.security.KeyStore trusted)
            throws Exception {
        java.nio.file.Path store = certificates.resolve(alias + ".p12");
        Process keytool = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=" + alias, "-ext", names, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        trusted.setCertificateEntry(alias, keys.getCertificate(alias));
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory
                .getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private static SmtpClient tlsClient(int port, boolean starttls, boolean tls, javax.net.ssl.SSLSocketFactory sockets) {
        return new SmtpClient(new SmtpClient.Settings("127.0.0.1", port, "caitien@truong.edu.vn", "caitien", "bí mật",
                starttls, tls, 10_000), sockets);
    }

    @Test
    void sendsOverStartTlsToAServerThatRequiresIt() throws Exception {
        try (TinySmtpServer smtp = new TinySmtpServer(server, TinySmtpServer.Tls.STARTTLS)) {
            tlsClient(smtp.port(), true, false, trusting).send("gv-ab@truong.edu.vn", "Cải Tiến: nhắc việc", "Kính gửi");
            assertThat(smtp.received).singleElement().satisfies(m -> {
                assertThat(m.secure()).isTrue();
                assertThat(new String(Base64.getDecoder().decode(m.auth()), StandardCharsets.UTF_8))
                        .isEqualTo("\0caitien\0bí mật");
            });
            // Without STARTTLS the server refuses the mail, and nothing is sent in clear.
            assertThatThrownBy(() -> tlsClient(smtp.port(), false, false, trusting).send("gv-ab@truong.edu.vn", "x", "y"))
                    .isInstanceOf(NotificationException.class).hasMessageContaining("530");
            assertThat(smtp.received).hasSize(1);
        }
    }

    @Test
    void sendsOverImplicitTlsAsOnPort465() throws Exception {
        try (TinySmtpServer smtp = new TinySmtpServer(server, TinySmtpServer.Tls.IMPLICIT)) {
            tlsClient(smtp.port(), false, true, trusting).send("gv-ab@truong.edu.vn", "Cải Tiến: nhắc việc", "Kính gửi");
            assertThat(smtp.received).singleElement().satisfies(m -> assertThat(m.secure()).isTrue());
            // STARTTLS set as well changes nothing: the connection is TLS already.
            tlsClient(smtp.port(), true, true, trusting).send("gv-cd@truong.edu.vn", "Cải Tiến: nhắc việc", "Kính gửi");
            assertThat(smtp.received).hasSize(2);
        }
    }

    @Test
    void refusesAServerCertificateNotTrustedOrOfAnotherName() throws Exception {
        try (TinySmtpServer smtp = new TinySmtpServer(server, TinySmtpServer.Tls.IMPLICIT)) {
            // The Java runtime's authorities do not know the test certificate.
            assertThatThrownBy(() -> new SmtpClient(new SmtpClient.Settings("127.0.0.1", smtp.port(),
                    "caitien@truong.edu.vn", "caitien", "bí mật", false, true, 10_000)).send("gv-ab@truong.edu.vn", "x", "y"))
                    .isInstanceOf(NotificationException.class);
            assertThat(smtp.received).isEmpty();
        }
        try (TinySmtpServer smtp = new TinySmtpServer(otherName, TinySmtpServer.Tls.STARTTLS)) {
            // Trusted, but issued to mail.truong.edu.vn, not to 127.0.0.1: the password is never sent.
            assertThatThrownBy(() -> tlsClient(smtp.port(), true, false, trusting).send("gv-ab@truong.edu.vn", "x", "y"))
                    .isInstanceOf(NotificationException.class);
            assertThat(smtp.received).isEmpty();
        }
    }
}

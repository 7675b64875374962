package vn.edu.caitien.monitoring.impl.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import vn.edu.caitien.portal.api.NotificationException;

/**
 * A minimal SMTP client (RFC 5321) for the reminder fallback: EHLO, STARTTLS or implicit TLS (RFC 8314, port 465) as
 * configured, the server's certificate checked against the trusted ones and the host name, AUTH PLAIN, one message per
 * connection, UTF-8 plain text in base64. Written here because no OSGi-ready Jakarta Mail artifact is available to
 * this build (only framework-specific mailers are), and a reminder digest needs nothing more; it is tested against an
 * in-test SMTP server. Thread-safe: it holds only settings.
 */
public final class SmtpClient {

    /**
     * @param host      the server
     * @param port      its port (25, 587)
     * @param from      the sender address
     * @param username  empty for no authentication
     * @param password  the password
     * @param starttls  whether to upgrade the connection with STARTTLS (required when set)
     * @param tls       whether the connection is TLS from the first byte (implicit TLS, "SMTPS", port 465)
     * @param timeoutMs connect and read timeout
     */
    public record Settings(String host, int port, String from, String username, String password, boolean starttls,
                           boolean tls, int timeoutMs) {

        /** Settings without implicit TLS. */
        public Settings(String host, int port, String from, String username, String password, boolean starttls,
                        int timeoutMs) {
            this(host, port, from, username, password, starttls, false, timeoutMs);
        }
    }

    private final Settings settings;
    private final SSLSocketFactory tlsSockets;

    /** @param settings where and how to send; TLS trusts the Java runtime's certificate authorities */
    public SmtpClient(Settings settings) {
        this(settings, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tlsSockets the TLS sockets (tests trust their own server's certificate) */
    SmtpClient(Settings settings, SSLSocketFactory tlsSockets) {
        this.settings = settings;
        this.tlsSockets = tlsSockets;
    }

    /**
     * Sends one message.
     *
     * @throws NotificationException with the server's reply when it refuses (a bouncing address: {@code 550 ...}), or
     *                               when the server cannot be reached
     */
    public void send(String to, String subject, String text) {
        requireAddress(to);
        requireAddress(settings.from());
        try (Socket first = settings.tls() ? tlsSockets.createSocket() : new Socket()) {
            first.connect(new InetSocketAddress(settings.host(), settings.port()), settings.timeoutMs());
            first.setSoTimeout(settings.timeoutMs());
            if (first instanceof SSLSocket implicit) {
                handshake(implicit);
            }
            Socket socket = first;
            Conversation c = new Conversation(socket);
            c.expect(220);
            c.command("EHLO caitien", 250);
            if (settings.starttls() && !settings.tls()) {
                c.command("STARTTLS", 220);
                SSLSocket tls = (SSLSocket) tlsSockets.createSocket(first, settings.host(), settings.port(), true);
                handshake(tls);
                socket = tls;
                c = new Conversation(socket);
                c.command("EHLO caitien", 250);
            }
            if (settings.username() != null && !settings.username().isEmpty()) {
                String token = Base64.getEncoder().encodeToString(("\0" + settings.username() + "\0"
                        + settings.password()).getBytes(StandardCharsets.UTF_8));
                c.command("AUTH PLAIN " + token, 235);
            }
            c.command("MAIL FROM:<" + settings.from() + ">", 250);
            c.command("RCPT TO:<" + to + ">", 250, 251);
            c.command("DATA", 354);
            c.write(message(to, subject, text));
            c.command(".", 250);
            c.command("QUIT", 221);
        } catch (IOException e) {
            throw new NotificationException("SMTP " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }

    /** Checks the server's certificate against the host name too (TLS alone checks only that it is trusted). */
    private static void handshake(SSLSocket tls) throws IOException {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
    }

    private static void requireAddress(String address) {
        if (address == null || !address.matches("[^\\s<>@]+@[^\\s<>@]+")) {
            throw new NotificationException("not an e-mail address: " + address);
        }
    }

    String message(String to, String subject, String text) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(settings.from()).append("\r\n");
        m.append("To: ").append(to).append("\r\n");
        m.append("Subject: =?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(subject.replaceAll("[\r\n]+", " ").getBytes(StandardCharsets.UTF_8)))
                .append("?=\r\n");
        m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append("@caitien>\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n");
        m.append("Content-Transfer-Encoding: base64\r\n\r\n");
        String body = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        m.append(body).append("\r\n");
        // Base64 lines never start with a dot; stuffing kept for safety (RFC 5321 §4.5.2).
        return m.toString().replace("\r\n.", "\r\n..");
    }

    /** One SMTP dialogue over a socket. */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            this.out = socket.getOutputStream();
        }

        void write(String data) throws IOException {
            out.write(data.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void command(String line, int... expected) throws IOException {
            write(line + "\r\n");
            expect(expected);
        }

        void expect(int... expected) throws IOException {
            String reply = null;
            StringBuilder all = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                all.append(line).append(' ');
                if (line.length() < 4 || line.charAt(3) != '-') {
                    reply = line;
                    break;
                }
            }
            if (reply == null) {
                throw new IOException("connection closed");
            }
            int code;
            try {
                code = Integer.parseInt(reply.substring(0, 3));
            } catch (RuntimeException e) {
                throw new IOException("bad reply: " + reply);
            }
            for (int e : expected) {
                if (e == code) {
                    return;
                }
            }
            throw new NotificationException("SMTP refused: " + all.toString().strip());
        }
    }
}

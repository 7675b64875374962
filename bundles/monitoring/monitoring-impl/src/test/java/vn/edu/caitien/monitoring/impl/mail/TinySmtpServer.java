package vn.edu.caitien.monitoring.impl.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP server for tests: accepts every message except to the refused addresses (550), keeps what it got. With a
 * TLS context it offers STARTTLS and refuses mail before it (530), or speaks TLS from the first byte (implicit TLS).
 */
final class TinySmtpServer implements AutoCloseable {

    /** How the server uses TLS. */
    enum Tls { NONE, STARTTLS, IMPLICIT }

    /** One received message; {@code secure}: it came over TLS. */
    record Message(String from, String to, String data, String auth, boolean secure) {
    }

    final List<Message> received = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final List<String> refused;
    private final Thread thread;
    private final SSLContext tls;
    private final Tls mode;

    TinySmtpServer(String... refused) throws IOException {
        this(null, Tls.NONE, refused);
    }

    TinySmtpServer(SSLContext tls, Tls mode, String... refused) throws IOException {
        this.tls = tls;
        this.mode = mode;
        this.server = mode == Tls.IMPLICIT
                ? tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress())
                : new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.refused = List.of(refused);
        this.thread = new Thread(this::serve, "tiny-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                talk(s);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void talk(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 tiny ESMTP");
        boolean secure = s instanceof SSLSocket;
        String from = "";
        String to = "";
        String auth = "";
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.toUpperCase();
            if (upper.startsWith("EHLO")) {
                reply(out, mode == Tls.STARTTLS && !secure ? "250-tiny\r\n250-STARTTLS\r\n250 AUTH PLAIN"
                        : "250-tiny\r\n250 AUTH PLAIN");
            } else if (upper.equals("STARTTLS") && mode == Tls.STARTTLS && !secure) {
                reply(out, "220 go ahead");
                SSLSocket upgraded = (SSLSocket) tls.getSocketFactory().createSocket(s,
                        s.getInetAddress().getHostAddress(), s.getPort(), false);
                upgraded.setUseClientMode(false);
                upgraded.startHandshake();
                in = new BufferedReader(new InputStreamReader(upgraded.getInputStream(), StandardCharsets.UTF_8));
                out = upgraded.getOutputStream();
                secure = true;
            } else if (mode == Tls.STARTTLS && !secure && !upper.equals("QUIT")) {
                reply(out, "530 5.7.0 Must issue a STARTTLS command first");
            } else if (upper.startsWith("AUTH PLAIN")) {
                auth = line.substring(11);
                reply(out, "235 ok");
            } else if (upper.startsWith("MAIL FROM:")) {
                from = line.substring(10);
                reply(out, "250 ok");
            } else if (upper.startsWith("RCPT TO:")) {
                to = line.substring(8);
                String address = to.replaceAll("[<>]", "");
                reply(out, refused.contains(address) ? "550 5.1.1 " + address + ": user unknown" : "250 ok");
            } else if (upper.equals("DATA")) {
                reply(out, "354 go on");
                StringBuilder data = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    data.append(line.startsWith("..") ? line.substring(1) : line).append("\n");
                }
                received.add(new Message(from, to, data.toString(), auth, secure));
                reply(out, "250 queued");
            } else if (upper.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

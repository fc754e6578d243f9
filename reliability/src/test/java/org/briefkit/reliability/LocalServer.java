package org.briefkit.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server on 127.0.0.1 (never any other address), on a free port, for the remote image
 * tests: {@code /ok.png} a real picture, {@code /big.png} more bytes than any test's limit,
 * {@code /slow.png} a picture that takes 20 s to start, {@code /page.html} not a picture,
 * {@code /missing.png} a 404. It records every path asked for, so a test can prove that nothing
 * was fetched. Closing it stops it and its threads.
 */
final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** @param path a path such as {@code /ok.png}; @return its URL on this server */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** @return the paths asked for so far, in order */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        try (exchange) {
            switch (path) {
                case "/ok.png" -> send(exchange, 200, "image/png", Pictures.png(30, 20));
                case "/big.png" -> {
                    exchange.getResponseHeaders().set("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    byte[] png = Pictures.png(30, 20);
                    out.write(png, 0, 33);
                    byte[] block = new byte[64 * 1024];
                    for (int i = 0; i < 64; i++) { // 4 MiB, far past any test's limit
                        out.write(block);
                    }
                }
                case "/slow.png" -> {
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    send(exchange, 200, "image/png", Pictures.png(30, 20));
                }
                case "/page.html" -> send(exchange, 200, "text/html", "<html><script>alert(1)</script></html>".getBytes());
                default -> send(exchange, 404, "text/plain", "not here".getBytes());
            }
        } catch (IOException e) {
            // The client gave up (a limit was reached): nothing more to send.
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

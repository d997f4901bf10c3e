package org.officialvoices.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the latest {@link Snapshot} over HTTP on the loopback interface only, from memory, with the
 * live-reload script and error overlay added to every page; {@code /__ov/events} tells open pages when to
 * reload (server-sent events). Only GET and HEAD, only for a {@code Host} of this machine (so a web page
 * elsewhere cannot reach it through DNS rebinding), and never a path outside the site.
 */
public final class DevServer implements AutoCloseable {

    private static final Pattern LOCAL_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"));
    /** How often a waiting page's connection is checked, so closed tabs free their thread. */
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<Snapshot> snapshots;
    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    /** A page waiting to hear that it should reload. */
    private record Waiting(String path, long since, Object lock) {
    }

    private DevServer(HttpServer server, ExecutorService threads, Supplier<Snapshot> snapshots) {
        this.server = server;
        this.threads = threads;
        this.snapshots = snapshots;
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 picks a free port). The JDK's server turns on TCP_NODELAY only
     * when the JVM starts with {@code -Dsun.net.httpserver.nodelay=true}; the command line's entry point sees to
     * it ({@code Main.main}), so a server started here changes no setting of the JVM.
     */
    public static DevServer start(int port, Supplier<Snapshot> snapshots) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "serve-http");
            t.setDaemon(true);
            return t;
        });
        DevServer dev = new DevServer(server, threads, snapshots);
        server.createContext("/", dev::handle);
        server.setExecutor(threads);
        server.start();
        return dev;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells every waiting page whose content changed to reload; call after each new snapshot. */
    public void published() {
        waiting.forEach(w -> {
            synchronized (w.lock()) {
                w.lock().notifyAll();
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", text("method not allowed\n"));
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !LOCAL_HOST.matcher(host).matches()) {
                send(exchange, 403, "text/plain; charset=utf-8", text("this server answers only to localhost\n"));
                return;
            }
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawPath();
            if (raw.startsWith("/__ov/")) {
                internal(exchange, raw, uri.getRawQuery());
                return;
            }
            Optional<String> file = RequestPath.file(raw);
            if (file.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", text("refused: the path leaves the site or is malformed\n"));
                return;
            }
            site(exchange, raw, file.get());
        } catch (IOException e) {
            // the reader closed the connection; nothing to tell anyone
        } catch (RuntimeException e) {
            System.err.println("internal error while answering " + exchange.getRequestURI() + ": " + e);
            e.printStackTrace();
            try {
                send(exchange, 500, "text/plain; charset=utf-8", text("internal error: " + e + "\n"));
            } catch (IOException | RuntimeException ignored) {
                // the response had started; the reader sees a cut connection
            }
        }
    }

    private void site(HttpExchange exchange, String raw, String file) throws IOException {
        Snapshot snapshot = snapshots.get();
        if (!snapshot.built()) {
            send(exchange, 503, TYPES.get("html"), Injection.errorPage(file, snapshot));
            return;
        }
        byte[] page = snapshot.pages().get(file);
        if (page != null) {
            send(exchange, 200, TYPES.get("html"), Injection.into(page, file, snapshot));
            return;
        }
        Supplier<byte[]> other = snapshot.file(file);
        if (other != null) {
            byte[] bytes;
            try {
                bytes = other.get();
            } catch (UncheckedIOException e) {
                send(exchange, 500, "text/plain; charset=utf-8", text(e.getMessage() + "\n"));
                return;
            }
            send(exchange, 200, type(file), bytes);
            return;
        }
        if (snapshot.pages().containsKey(file + "/index.html")) {
            exchange.getResponseHeaders().set("Location", raw + "/");
            send(exchange, 301, "text/plain; charset=utf-8", text("moved to " + raw + "/\n"));
            return;
        }
        byte[] notFound = snapshot.pages().get("404.html");
        send(exchange, 404, TYPES.get("html"), notFound == null ? text("not found\n") : Injection.into(notFound, file, snapshot));
    }

    private void internal(HttpExchange exchange, String raw, String query) throws IOException {
        switch (raw) {
            case Injection.SCRIPT -> send(exchange, 200, TYPES.get("js"), resource("live.js"));
            case Injection.STYLESHEET -> send(exchange, 200, TYPES.get("css"), resource("overlay.css"));
            case "/__ov/status" -> send(exchange, 200, TYPES.get("json"), text(status(snapshots.get())));
            case "/__ov/events" -> events(exchange, query);
            default -> send(exchange, 404, "text/plain; charset=utf-8", text("not found\n"));
        }
    }

    /**
     * Holds the connection open until the page at {@code path}, loaded at version {@code since}, has changed;
     * then sends one {@code reload} event. Answers at once when it changed already (a rebuild finished while
     * the page was loading).
     */
    private void events(HttpExchange exchange, String query) throws IOException {
        Matcher m = Pattern.compile("(?:^|&)path=([^&]*)&since=(-?\\d{1,19})$").matcher(query == null ? "" : query);
        Optional<String> path = Optional.empty();
        if (m.matches()) {
            try {
                path = RequestPath.resolve("/" + java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                path = Optional.empty();
            }
        }
        if (path.isEmpty()) {
            send(exchange, 400, "text/plain; charset=utf-8", text("events needs ?path=P&since=VERSION\n"));
            return;
        }
        long since = Long.parseLong(m.group(2));
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(text(": waiting for changes to " + path.get() + "\n\n"));
        out.flush();
        Waiting w = new Waiting(path.get(), since, new Object());
        waiting.add(w);
        try {
            while (true) {
                Snapshot snapshot = snapshots.get();
                if (snapshot.changedSince(w.path(), since)) {
                    out.write(text("event: reload\ndata: " + snapshot.version() + "\n\n"));
                    out.flush();
                    return;
                }
                synchronized (w.lock()) {
                    // checked again under the lock: a rebuild published since the check above would go unheard
                    if (!snapshots.get().changedSince(w.path(), since)) {
                        w.lock().wait(HEARTBEAT_MILLIS);
                    }
                }
                out.write(text(": still here\n\n"));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(w);
        }
    }

    private static String status(Snapshot s) {
        StringBuilder json = new StringBuilder("{\"version\":").append(s.version()).append(",\"built\":").append(s.built())
                .append(",\"pages\":").append(s.pages().size()).append(",\"errors\":").append(s.errorCount())
                .append(",\"diagnostics\":[");
        for (int i = 0; i < s.diagnostics().size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(jsonEscape(s.diagnostics().get(i).format())).append('"');
        }
        return json.append("]}\n").toString();
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

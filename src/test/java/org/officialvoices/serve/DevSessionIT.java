package org.officialvoices.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.officialvoices.testing.TestSites;

/** The editor's loop end to end, over HTTP on loopback: serve, change a file, see the reload and the new page. */
class DevSessionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private DevSession session;
    private Thread loop;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    /** Reads event streams: never the test's thread, which must not block on a stream that may never send. */
    private static final ExecutorService EVENT_READERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "test-event-reader");
        t.setDaemon(true);
        return t;
    });

    /** The session's loop on its own thread, a daemon: a rebuild still running after a test cannot keep the JVM up. */
    private Thread serveLoop() {
        Thread t = new Thread(session::run, "test-serve-loop");
        t.setDaemon(true);
        return t;
    }

    private Path start(Path templates) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        session = DevSession.start(content, templates, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        loop = serveLoop();
        loop.start();
        return content;
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
            loop.join(5_000);
        }
    }

    @Test
    void savingACaseStudySendsAReloadAndServesTheNewPage() throws Exception {
        Path content = start(null);
        Document page = get("case-studies/town-police/");
        Element script = new Element(page.selectFirst("script[src=/__ov/live.js]"));
        assertThat(script.path()).isEqualTo("case-studies/town-police/index.html");
        CompletableFuture<String> reload = events(script);

        Path file = content.resolve("case-studies/town-police.md");
        TestSites.save(file, Files.readString(file) + "\nA paragraph added while serving.\n");

        assertThat(reload.get(10, TimeUnit.SECONDS)).startsWith("event: reload");
        assertThat(get("case-studies/town-police/").select("main p").eachText()).contains("A paragraph added while serving.");
        // the case study and its Chinese twin, which shows the English until it is translated
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("rebuilt 2 of 48 pages");
    }

    @Test
    void aSaveMadeWhileTheServerWarmsUpIsShownAndReported() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        session = DevSession.start(content, null, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        Element page = live("case-studies/town-police/");
        CompletableFuture<String> reload = events(page);
        Path file = content.resolve("case-studies/town-police.md");
        TestSites.save(file, Files.readString(file) + "\nSaved before the first warm-up.\n");
        loop = serveLoop(); // its warm-up rebuilds read the save before the watcher's event
        loop.start();

        assertThat(reload.get(10, TimeUnit.SECONDS)).startsWith("event: reload");
        assertThat(get("case-studies/town-police/").select("main p").eachText()).contains("Saved before the first warm-up.");
        waitFor(() -> log.toString(StandardCharsets.UTF_8).contains("after changes to"));
        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("built 48 of 48 pages");
        assertThat(lines.get(1)).as("the terminal tells what the reader sees").startsWith("rebuilt 2 of 48 pages");
        assertThat(lines).anyMatch(line -> line.startsWith("rebuilt 0 of 48 pages") && line.endsWith("case-studies/town-police.md"));
    }

    @Test
    void aPageThatDidNotChangeIsNotToldToReload() throws Exception {
        Path content = start(null);
        Element methodology = live("methodology/");
        CompletableFuture<String> reload = events(methodology);
        Path file = content.resolve("case-studies/town-police.md");
        TestSites.save(file, Files.readString(file) + "\nAnother paragraph.\n");
        waitFor(() -> session.snapshot().version() > methodology.version());
        Thread.sleep(300);
        assertThat(reload).isNotDone();
        reload.cancel(true);
    }

    @Test
    void whileTheContentHasErrorsEveryPageShowsThemAndTheFixClearsThem() throws Exception {
        Path content = start(null);
        Element home = live("");
        CompletableFuture<String> reload = events(home);
        Path account = content.resolve("accounts/town-mayor-weibo.json");
        String good = Files.readString(account);
        TestSites.save(account, good.replace("\"kind\": \"mayor\"", "\"kind\": \"mayr\""));

        assertThat(reload.get(10, TimeUnit.SECONDS)).startsWith("event: reload");
        for (String route : List.of("", "accounts/town-police-weibo/", "datasets/town/", "no/such/page/")) {
            Document page = get(route);
            assertThat(page.select("#ov-overlay pre").text()).as(route)
                    .startsWith("accounts/town-mayor-weibo.json:6:").contains("error: unknown kind \"mayr\"")
                    .contains("did you mean \"mayor\"?");
        }
        assertThat(get("").select("h1").text()).as("the last good page stays under the overlay").isNotEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("accounts/town-mayor-weibo.json:6:").contains("1 error(s)");

        Element withErrors = live("");
        CompletableFuture<String> cleared = events(withErrors);
        TestSites.save(account, good);
        assertThat(cleared.get(10, TimeUnit.SECONDS)).startsWith("event: reload");
        assertThat(get("").select("#ov-overlay")).isEmpty();
        assertThat(get("accounts/town-mayor-weibo/").select("#ov-overlay")).isEmpty();
    }

    @Test
    void contentThatNeverBuiltShowsTheErrorsAndRecoversWithoutARestart() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path site = content.resolve("site.json");
        String good = Files.readString(site);
        TestSites.save(site, "{ \"title\": ");
        session = DevSession.start(content, null, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        loop = serveLoop();
        loop.start();
        HttpResponse<String> response = request("accounts/");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(response.body()).select("#ov-overlay pre").text()).startsWith("site.json:1:");

        TestSites.save(site, good);
        waitFor(() -> session.snapshot().built());
        assertThat(request("accounts/").statusCode()).isEqualTo(200);
    }

    @Test
    void aTemplateEditShowsWithoutARestart() throws Exception {
        Path templates = TestSites.copy(Path.of("templates"), dir.resolve("templates"));
        start(templates);
        // the first build used the compiled-in templates; the loop compiles the folder's (seconds of javac)
        waitFor(() -> log.toString(StandardCharsets.UTF_8).contains("compiled in"), 120);
        Element page = live("accounts/town-police-weibo/");
        CompletableFuture<String> reload = events(page);
        Path layout = templates.resolve("layout/main.jte");
        TestSites.save(layout, Files.readString(layout).replace("<a class=\"skip-link\"", "<a class=\"skip-link\" data-edited=\"yes\""));
        assertThat(reload.get(60, TimeUnit.SECONDS)).startsWith("event: reload");
        assertThat(get("accounts/town-police-weibo/").select("a.skip-link").attr("data-edited")).isEqualTo("yes");
    }

    @Test
    void pagesAsServedAreTheBuiltPagesPlusOnlyTheReloadScript() throws Exception {
        Path content = start(null);
        Path built = TestSites.build(content, dir.resolve("site"));
        String served = request("accounts/town-police-weibo/").body();
        String file = Files.readString(built.resolve("accounts/town-police-weibo/index.html"));
        assertThat(served.replaceFirst("<script src=\"/__ov/live.js\"[^>]*></script>\n", "")).isEqualTo(file);
        try (Stream<Path> all = Files.walk(built)) {
            assertThat(all.filter(p -> p.toString().endsWith(".html")).map(TestSites::read))
                    .as("a built site never contains the reload script").noneMatch(html -> html.contains("__ov"));
        }
        assertThat(Files.exists(Path.of("site", "__ov"))).isFalse();
    }

    @Test
    void answersOnlyOnLoopback() throws Exception {
        start(null);
        assertThat(session.uri().getHost()).isEqualTo("127.0.0.1");
        int port = session.uri().getPort();
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (external.isPresent()) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(external.get(), port), 2_000);
                }
            }).isInstanceOf(ConnectException.class);
        }
        assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 405");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/accounts/../../pom.xml", "/..\\pom.xml", "/%c0%ae%c0%ae/pom.xml", "/%252e%252e/pom.xml"})
    void refusesPathsOutsideTheSite(String path) throws Exception {
        start(null);
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).matches("(?s)HTTP/1.1 (400|404) .*").doesNotContain("<project").doesNotContain("root:");
    }

    @Test
    void servesDownloadsAndRedirectsFolderPathsWithoutTheirSlash() throws Exception {
        start(null);
        HttpResponse<String> csv = request("datasets/town/town.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(raw("GET /accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 301").contains("Location: /accounts/");
        HttpResponse<String> missing = request("no-such-page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page not found");
    }

    // --- helpers

    /** The live-reload script tag: which page it is and the version the reader has. */
    private record Element(org.jsoup.nodes.Element script) {
        String path() {
            return script.attr("data-path");
        }

        long version() {
            return Long.parseLong(script.attr("data-version"));
        }
    }

    /** The live-reload script of the page at {@code route}, as served now. */
    private Element live(String route) throws Exception {
        return new Element(get(route).selectFirst("script[src=/__ov/live.js]"));
    }

    private Document get(String route) throws Exception {
        return Jsoup.parse(request(route).body());
    }

    private HttpResponse<String> request(String route) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(session.uri().resolve(route)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Completes with the first event the server sends for the page (its own "event:" line onwards). */
    private CompletableFuture<String> events(Element page) {
        String path = page.path();
        long since = page.version();
        URI uri = session.uri().resolve("/__ov/events?path=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&since=" + since);
        // thenApplyAsync: plain thenApply runs the reader on this thread when the headers have already arrived
        return HTTP.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines())
                .thenApplyAsync(response -> {
                    try (Stream<String> lines = response.body()) {
                        StringBuilder event = new StringBuilder();
                        lines.dropWhile(line -> !line.startsWith("event:")).takeWhile(line -> !line.isEmpty())
                                .forEach(line -> event.append(line).append('\n'));
                        return event.toString();
                    }
                }, EVENT_READERS);
    }

    /** Sends {@code request} as is, so paths reach the server exactly as written. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", session.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, 10);
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(20);
        }
    }
}

package org.officialvoices.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.officialvoices.testing.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures the editor's loop as an editor sees it: {@code serve} runs as its own process (the jar), Chromium
 * shows a page, a file is saved, and the time runs until the browser has loaded the new page (its
 * DOMContentLoaded, read from the page's own Navigation Timing, so polling adds nothing).
 *
 * <p>Usage (see {@code bench/serve.sh}): {@code ReloadBenchmark LABEL CONTENT TEMPLATES ROUTE FILE RUNS}, where
 * FILE is the Markdown file (relative to CONTENT) edited and ROUTE the page that shows it. A fresh copy of
 * the templates is used, so the template runs edit nothing of yours.
 */
public final class ReloadBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");

    private ReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        Path content = Path.of(args[1]);
        Path templates = Path.of(args[2]);
        String route = args[3];
        Path file = content.resolve(args[4]);
        int runs = Integer.parseInt(args[5]);
        String original = Files.readString(file);
        Path layout = templates.resolve("layout/main.jte");
        String originalLayout = Files.readString(layout);
        long started = System.nanoTime();
        Process server = new ProcessBuilder("java", "-jar", "target/official-voices.jar", "serve", "--port", "0",
                "--content", content.toString(), "--templates", templates.toString()).redirectErrorStream(true).start();
        try (Chromium chromium = Chromium.start()) {
            BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            for (String line; base == null && (line = log.readLine()) != null; ) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            if (base == null) {
                throw new IllegalStateException("serve did not start");
            }
            double startup = (System.nanoTime() - started) / 1e6;
            List<Double> rebuilds = java.util.Collections.synchronizedList(new ArrayList<>());
            Pattern rebuilt = Pattern.compile("^rebuilt \\d+ of \\d+ pages in (\\d+) ms");
            CompletableFuture<Double> compiled = new CompletableFuture<>();
            Thread drain = new Thread(() -> log.lines().forEach(line -> {
                Matcher m = rebuilt.matcher(line);
                if (m.find()) {
                    rebuilds.add(Double.parseDouble(m.group(1)));
                }
                if (line.startsWith("templates in ") && line.contains(" compiled in ")) {
                    compiled.complete((System.nanoTime() - started) / 1e6);
                }
            }));
            drain.setDaemon(true);
            drain.start();
            ChromeDriver driver = chromium.driver();
            driver.get(base + route);
            // serve compiles the templates folder after its first build; then it warms up while the editor reads
            double templatesReady = compiled.get(120, TimeUnit.SECONDS);
            Thread.sleep(3_000);
            String page = route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
            List<double[]> content1 = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String marker = "bench-marker-" + i;
                content1.add(saveAndWait(driver, base, page, () -> Files.writeString(file, original + "\n" + marker + "\n"), marker));
            }
            List<double[]> template = new ArrayList<>();
            for (int i = 0; i < Math.max(3, runs / 4); i++) {
                String marker = "Skip to the bench " + i;
                template.add(saveAndWait(driver, base, page, () -> Files.writeString(layout,
                        originalLayout.replace("<main id=\"main\" class=\"wrap\">", "<main id=\"main\" class=\"wrap\"><p>" + marker + "</p>")),
                        marker));
            }
            System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s %8s%n", label, "first", "median", "p90", "max", "runs");
            System.out.printf(Locale.ROOT, "%-34s %8.0f%n", "  serve start, to listening (ms)", startup);
            System.out.printf(Locale.ROOT, "%-34s %8.0f%n", "  serve start, to templates compiled", templatesReady);
            row("  server's rebuild, all saves (ms)", new ArrayList<>(rebuilds));
            row("  content save -> reload event (ms)", content1.stream().map(t -> t[0]).toList());
            row("  content save -> page reloaded (ms)", content1.stream().map(t -> t[1]).toList());
            row("  template save -> reload event (ms)", template.stream().map(t -> t[0]).toList());
            row("  template save -> page reloaded (ms)", template.stream().map(t -> t[1]).toList());
        } finally {
            Files.writeString(file, original);
            Files.writeString(layout, originalLayout);
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs the save, then waits until the page shows {@code marker}. Returns the milliseconds from the save to
     * the server's reload event (heard by a listener of our own beside the browser's), and to the browser's
     * new page.
     */
    private static double[] saveAndWait(ChromeDriver driver, String base, String page, Save save, String marker) throws Exception {
        Thread.sleep(300); // let the previous rebuild and reload settle
        JavascriptExecutor js = driver;
        String status = HTTP.send(HttpRequest.newBuilder(URI.create(base + "__ov/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(status);
        version.find();
        CompletableFuture<Long> event = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "__ov/events?path="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&since=" + version.group(1))).build(),
                HttpResponse.BodyHandlers.ofLines()).thenApplyAsync(response -> { // never on this thread: it saves next
                    try (var lines = response.body()) {
                        lines.filter(line -> line.startsWith("event: reload")).findFirst();
                        return System.currentTimeMillis();
                    }
                });
        Thread.sleep(50); // the listener is connected
        long savedAt = System.currentTimeMillis();
        save.run();
        // Wait for the server's event without using the CPU, so polling the browser does not slow the rebuild
        // on a two-core machine; the page's own timestamp makes the polling interval irrelevant.
        long heard = event.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Object seen = js.executeScript("return document.body && document.body.innerText.includes(arguments[0])"
                    + " ? performance.timing.domContentLoadedEventEnd : null", marker);
            if (seen != null && ((Number) seen).longValue() > 0) {
                // the browser and we read the same system clock
                return new double[] {heard - savedAt, ((Number) seen).doubleValue() - savedAt};
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page never showed " + marker);
            }
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    private interface Save {
        void run() throws IOException;
    }

    private static void row(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-34s %8.0f %8.0f %8.0f %8.0f %8d%n", what, millis.get(0), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.9) - 1)), sorted.get(sorted.size() - 1),
                millis.size());
    }
}

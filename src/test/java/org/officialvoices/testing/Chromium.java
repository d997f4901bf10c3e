package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Chrome or Chromium driven through Selenium, headless, with a fresh profile and no outside network. The
 * browser and its driver are found as {@link Installation#find} says, so the tests run on Debian, on
 * GitHub's runners and on a laptop alike. Usage: {@code try (Chromium c = Chromium.start()) { c.driver().get(url); }}
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Where the browser and its driver are: {@code CHROME_BIN} and {@code CHROMEDRIVER} when set, then
     * {@code CHROMEWEBDRIVER} (the folder GitHub's runners name), then the first of the usual names on
     * {@code PATH}. {@code missing} names what could not be found, for a message a person can act on.
     */
    public record Installation(Optional<Path> browser, Optional<Path> driver, List<String> missing) {

        static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");

        public static Installation find(Map<String, String> env) {
            List<Path> path = Stream.of(env.getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .filter(s -> !s.isEmpty()).map(Path::of).toList();
            Optional<Path> browser = env.containsKey("CHROME_BIN") ? executable(Path.of(env.get("CHROME_BIN")))
                    : onPath(path, BROWSERS);
            Optional<Path> driver = env.containsKey("CHROMEDRIVER") ? executable(Path.of(env.get("CHROMEDRIVER")))
                    : env.containsKey("CHROMEWEBDRIVER") ? executable(Path.of(env.get("CHROMEWEBDRIVER"), "chromedriver"))
                    : onPath(path, List.of("chromedriver"));
            List<String> missing = new ArrayList<>();
            if (browser.isEmpty()) {
                missing.add(env.containsKey("CHROME_BIN") ? "the browser at CHROME_BIN=" + env.get("CHROME_BIN") + " (not an executable file)"
                        : "a browser: none of " + String.join(", ", BROWSERS) + " is on PATH, and CHROME_BIN is not set");
            }
            if (driver.isEmpty()) {
                missing.add(env.containsKey("CHROMEDRIVER") ? "the driver at CHROMEDRIVER=" + env.get("CHROMEDRIVER") + " (not an executable file)"
                        : env.containsKey("CHROMEWEBDRIVER") ? "chromedriver in CHROMEWEBDRIVER=" + env.get("CHROMEWEBDRIVER")
                        : "chromedriver: not on PATH, and neither CHROMEDRIVER nor CHROMEWEBDRIVER is set");
            }
            return new Installation(browser, driver, List.copyOf(missing));
        }

        /** A variable that is set names the file to use or nothing: it never falls back to a search of PATH. */
        private static Optional<Path> executable(Path file) {
            return Optional.of(file).filter(f -> Files.isRegularFile(f) && Files.isExecutable(f));
        }

        private static Optional<Path> onPath(List<Path> path, List<String> names) {
            for (String name : names) {
                for (Path dir : path) {
                    Path candidate = dir.resolve(name);
                    if (executable(candidate).isPresent()) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        }

        public boolean complete() {
            return missing.isEmpty();
        }

        /** What to install or set, in one line. */
        public String problem() {
            return "browser tests need Chrome or Chromium and chromedriver; missing " + String.join("; and ", missing)
                    + " (on Debian: apt-get install chromium chromium-driver)";
        }
    }

    /**
     * Skips the calling test class when no browser is installed, except under {@code CI=true}, where a
     * missing browser fails the run with the same message instead of passing silently.
     */
    public static void assumeInstalled() {
        Installation installation = Installation.find(System.getenv());
        if (installation.complete()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(installation.problem() + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(installation.problem());
    }

    public static Chromium start() {
        Installation installation = Installation.find(System.getenv());
        if (!installation.complete()) {
            throw new IllegalStateException(installation.problem());
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions().setBinary(installation.browser().orElseThrow().toFile()).addArguments(
                    "--headless", "--window-size=1920,1080", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--password-store=basic", "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(installation.driver().orElseThrow().toFile()).build();
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through Selenium, headless, with a fresh profile and no outside network, as
 * these machines need it. Usage: {@code try (Chromium c = Chromium.start()) { c.driver().get(url); }}
 */
public final class Chromium implements AutoCloseable {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path BROWSER = Path.of("/usr/bin/chromium");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and its driver are installed (`.ci/run` installs them). */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    public static Chromium start() {
        try {
            System.setProperty("webdriver.chrome.driver", DRIVER.toString());
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--password-store=basic", "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            return new Chromium(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                    options), profile);
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

package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.serve.DevSession;
import org.officialvoices.testing.Chromium;
import org.officialvoices.testing.TestSites;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Serve mode in a real browser: the page reloads itself after a save, and shows and clears the error overlay. */
class LiveReloadBrowserIT {

    @TempDir
    static Path tmp;
    static Path content;
    static DevSession session;
    static Thread loop;
    static Chromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        session = DevSession.start(content, null, 0, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        loop = new Thread(session::run, "test-serve-loop");
        loop.setDaemon(true);
        loop.start();
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (session != null) {
            session.close();
            loop.join(5_000);
        }
    }

    @Test
    void aSavedEditAppearsWithoutTouchingTheBrowserAndErrorsShowOverThePage() throws Exception {
        driver.get(session.uri().resolve("case-studies/town-police/").toString());
        driver.manage().logs().get(LogType.BROWSER);
        Path file = content.resolve("case-studies/town-police.md");
        String original = Files.readString(file);
        TestSites.save(file, original + "\nWritten while the page was open.\n");
        // The page is replaced while it is being looked at: Chromium may report a node of the old document.
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Written while the page was open."));

        TestSites.save(file, original.replace("date: 2013-09", "date: 2013-13"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ov-overlay")));
        assertThat(driver.findElement(By.cssSelector("#ov-overlay pre")).getText())
                .startsWith("case-studies/town-police.md:4:7: error: invalid date");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("the last good page is still there").isNotEmpty();
        driver.findElement(By.id("ov-overlay-close")).click();
        assertThat(driver.findElement(By.id("ov-overlay")).isDisplayed()).isFalse();

        TestSites.save(file, original);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("ov-overlay"), 0));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Written while the page was open.");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("no CSP or script errors")
                .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).extracting(LogEntry::getMessage)
                .isEmpty();
    }
}

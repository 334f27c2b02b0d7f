package org.raciplanner.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.raciplanner.support.Api;
import org.raciplanner.support.Browser;
import org.raciplanner.support.Shots;
import org.raciplanner.support.Startup;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixes on the Warnings view in a real headless Chromium, on the sources' startup: Dana's
 * overload shows its suggestions with their effect and previews one in what-if mode; the fix plan
 * opens as a scenario; a fix applied is gone from the warnings. With {@code -Draci.shots=DIR} it
 * saves screenshots there, at 1280 px and at a phone's width.
 */
@MicronautTest
class FixesPageBrowserTest {

    private static final String OVERLOAD = "//li[@data-code='CAPACITY_OVERLOAD']";

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private Startup s;

    @BeforeEach
    void start() {
        s = api.startup();
        browser = Browser.start(server.getPort());
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void showsTheFixesOfDanasOverloadAndPreviewsOneInWhatIfMode() {
        String team = "/api/v1/teams/" + s.team();
        List<Map<String, Object>> before = api.get(team + "/warnings").expect(200).list();
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openWarnings();
        browser.find(By.xpath(OVERLOAD + "//button[contains(@class, 'show-fixes')]")).click();
        browser.waitFor("Dana's fixes", d -> !d.findElements(By.xpath(OVERLOAD + "//li[@class='fix']")).isEmpty());
        WebElement first = browser.find(By.xpath(OVERLOAD + "//li[@class='fix'][1]"));
        assertTrue(first.findElement(By.className("fix-title")).getText().contains("— Dana: 224 % → "), first.getText());
        assertTrue(first.findElement(By.className("fix-effect")).getText().startsWith("Clears it · errors 2 → 1"), first.getText());
        assertTrue(first.findElement(By.className("fix-busier")).getText().startsWith("Busier: Local "), first.getText());
        assertEquals(List.of("Preview", "Apply"), first.findElements(By.cssSelector(".links button")).stream()
                .map(WebElement::getText).toList());
        shots("fixes", OVERLOAD + "//div[@class='fixes']");

        first.findElement(By.xpath(".//button[.='Preview']")).click();
        browser.waitFor("the preview in what-if mode", d -> browser.find(By.id("what-if-toggle")).getAttribute("aria-pressed")
                .equals("true") && browser.text("what-if-summary").contains("errors 2 → 1"));
        assertTrue(browser.text("what-if-resolved").contains("CAPACITY_OVERLOAD"), browser.text("what-if-resolved"));
        assertEquals(before, api.get(team + "/warnings").expect(200).list(), "a preview saves nothing");
        shots("fixes-preview", null);
        browser.assertConsoleClean();
    }

    @Test
    void theFixPlanOpensAsAScenarioInWhatIfMode() {
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openWarnings();
        shots("warnings", null);
        browser.find(By.id("fix-plan")).click();
        browser.waitFor("the fix plan in what-if mode", d -> browser.text("what-if-summary").contains("Fix plan: 2 of 2 errors"));
        assertTrue(browser.text("what-if-summary").contains("errors 2 → 0"), browser.text("what-if-summary"));
        assertTrue(browser.text("what-if-scenarios").contains("Fix plan: 2 of 2 errors"), browser.text("what-if-scenarios"));
        assertTrue(browser.find(By.id("what-if-apply")).isDisplayed(), "an editor may apply it from there");
        shots("fix-plan", null);
        browser.assertConsoleClean();
    }

    @Test
    void aFixAppliedIsGoneFromTheWarnings() {
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openWarnings();
        String budget = "//li[@data-code='NO_ACCOUNTABLE']";
        browser.find(By.xpath(budget + "//button[contains(@class, 'show-fixes')]")).click();
        browser.find(By.xpath(budget + "//li[@class='fix'][1]//button[.='Apply']")).click();
        browser.waitFor("the apply", d -> browser.text("status").startsWith("Applied: the team is at version")
                && d.findElements(By.xpath(budget)).isEmpty());
        assertTrue(api.get("/api/v1/teams/" + s.team() + "/warnings").expect(200).list().stream()
                .noneMatch(w -> w.get("code").equals("NO_ACCOUNTABLE")));
        browser.assertConsoleClean();
    }

    @Test
    void aViewerPreviewsFixesButMayNeitherApplyNorPlan() {
        browser.signIn(api.token(s.team(), "val", "VIEWER"));
        openWarnings();
        assertFalse(browser.find(By.id("fix-plan")).isDisplayed());
        browser.find(By.xpath(OVERLOAD + "//button[contains(@class, 'show-fixes')]")).click();
        browser.waitFor("Dana's fixes", d -> !d.findElements(By.xpath(OVERLOAD + "//li[@class='fix']")).isEmpty());
        assertEquals(List.of("Preview"), browser.texts(".fix:first-child .links button"));
        browser.assertConsoleClean();
    }

    private void openWarnings() {
        browser.find(By.cssSelector("#tabs a[data-view='warnings']")).click();
        browser.waitFor("the warnings", d -> browser.text("warning-count").endsWith("warnings"));
    }

    /** The page at 1280 px and at a phone's width, scrolled to {@code xpath} when given. */
    private void shots(String name, String xpath) {
        if (!Shots.wanted()) {
            return;
        }
        for (int width : new int[] {1280, 390}) {
            browser.resize(width, width == 1280 ? 1000 : 1400);
            if (xpath != null) {
                browser.script("arguments[0].scrollIntoView()", browser.find(By.xpath(xpath)));
            } else {
                browser.script("window.scrollTo(0, 0)");
            }
            browser.screenshot(Shots.path(name + "-" + (width == 1280 ? "1280" : "phone") + ".png"));
        }
        browser.resize(1280, 900);
    }
}

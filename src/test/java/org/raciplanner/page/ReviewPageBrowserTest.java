package org.raciplanner.page;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.raciplanner.support.Api;
import org.raciplanner.support.Browser;
import org.raciplanner.support.Startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page in a real headless Chromium, against this service and the sources' startup:
 * Dana is product manager, product owner and project manager, and nobody is accountable for the
 * launch project's budget.
 */
@MicronautTest
class ReviewPageBrowserTest {

    private static final String BUDGET_ROW = "tr#row-budget";

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    @Value("${raci.admin-token}")
    String operatorToken;

    private Browser browser;
    private Startup startup;

    @BeforeEach
    void start() {
        startup = api.startup();
        browser = Browser.start(server.getPort());
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void showsTheTeamAndWhatTheTokenMayDoAndKeepsTheTokenInTheTabOnly() {
        String token = editorToken();
        signIn(token);
        browser.waitFor("the team's name", d -> text("who-team").startsWith("Startup"));
        assertTrue(text("who-role").startsWith("EDITOR: may read and change cells"), text("who-role"));
        assertEquals("pat", text("who-token"));
        assertEquals(token, script("return sessionStorage.getItem('raci.token')"));
        assertEquals("", script("return document.cookie"));
        assertEquals(0L, script("return localStorage.length"));
        assertFalse(browser.driver().getCurrentUrl().contains(token));
        browser.assertConsoleClean();
    }

    @Test
    void settingAnAccountableOnTheBudgetRowClearsItsNoAccountableWarning() {
        signInAndOpenTheLaunchMatrix(editorToken());
        WebElement budget = browser.find(By.cssSelector(BUDGET_ROW));
        assertTrue(budget.getAttribute("class").contains("broken"));
        assertTrue(budget.findElement(By.tagName("th")).getAttribute("title").contains("Nobody is accountable for 'Budget and cost control'"));
        assertTrue(text("matrix-warnings").contains("NO_ACCOUNTABLE"));

        danasBudgetCell().click();
        browser.find(By.cssSelector("#picker button[data-letters='RA']")).click();

        browser.waitFor("Dana's budget cell to read RA", d -> danasBudgetCell().getText().equals("RA"));
        browser.waitFor("the NO_ACCOUNTABLE warning to go", d -> !text("matrix-warnings").contains("NO_ACCOUNTABLE"));
        assertFalse(browser.find(By.cssSelector(BUDGET_ROW)).getAttribute("class").contains("broken"));
        assertEquals(List.of(), api.get("/api/v1/teams/" + startup.team() + "/warnings?code=NO_ACCOUNTABLE").expect(200).list());
        browser.assertConsoleClean();
    }

    @Test
    void setsAndClearsACellFromTheKeyboard() {
        signInAndOpenTheLaunchMatrix(editorToken());
        danasBudgetCell().click();
        browser.find(By.cssSelector("#picker button")).sendKeys(Keys.ESCAPE);
        active().sendKeys(Keys.ARROW_RIGHT);
        active().sendKeys("c");
        browser.waitFor("the next cell to read C", d -> active().getText().equals("C")
                && active().getAttribute("aria-label").equals("Budget and cost control, Local 1: C"));
        assertEquals("C", letters("budget", startup.local().get(0)));

        active().sendKeys(Keys.DELETE);
        browser.waitFor("the cell to be cleared", d -> active().getText().isEmpty()
                && active().getAttribute("aria-label").endsWith("Local 1: empty"));
        assertEquals("", letters("budget", startup.local().get(0)));
        browser.assertConsoleClean();
    }

    @Test
    void listsDanasWarningsBySeverityAndLinksToTheBudgetRow() {
        signIn(editorToken());
        browser.open("/#/warnings");
        browser.waitFor("the people to filter by", d -> d.findElements(By.cssSelector("#filter-person option")).size() > 1);
        select("filter-person").selectByVisibleText("Dana");
        browser.waitFor("the person filter", d -> text("warning-count").contains(" of "));
        List<String> codes = warningCodes();
        assertTrue(codes.containsAll(List.of("CAPACITY_OVERLOAD", "ROLE_CONFLICT", "ROLE_STACKING", "COMMUNICATION_SPAN")), codes.toString());
        assertEquals(List.of("Errors (1)", "Warnings (5)", "Information (2)"), texts("#warning-groups h3"));
        assertTrue(text("warning-groups").contains("Advice:"));
        assertTrue(text("warning-groups").contains("load percent"));

        browser.find(By.cssSelector("#warning-filters button[type='reset']")).click();
        browser.waitFor("the filters to clear", d -> !text("warning-count").contains(" of "));
        select("filter-code").selectByVisibleText("NO_ACCOUNTABLE");
        browser.waitFor("the code filter", d -> warningCodes().equals(List.of("NO_ACCOUNTABLE")));
        browser.find(By.linkText("Open the row in Atlas launch's matrix")).click();

        browser.waitFor("the highlighted budget row", d -> browser.find(By.cssSelector(BUDGET_ROW)).getAttribute("class").contains("highlight"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/matrix/" + startup.project() + "?row=budget"));
        assertEquals("row-budget", script("return document.activeElement.closest('tr').id"));
        browser.assertConsoleClean();
    }

    @Test
    void drawsABarPerPersonWithDanaOverCapacityAndSortsByName() {
        signIn(editorToken());
        browser.open("/#/workload");
        browser.waitFor("a bar per person", d -> d.findElements(By.cssSelector("#chart g.person")).size() == 28);
        WebElement first = browser.find(By.cssSelector("#chart g.person"));
        assertEquals(String.valueOf(startup.dana()), first.getAttribute("data-person"));
        assertTrue(first.getAttribute("class").contains("level-error"), first.getAttribute("class"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#chart line.line-100")).size());

        select("workload-sort").selectByValue("name");
        browser.waitFor("names in order", d -> texts("#chart g.person text.name").indexOf("Remote 2")
                < texts("#chart g.person text.name").indexOf("Remote 10"));
        assertEquals("Dana", texts("#chart g.person text.name").get(0));
        browser.assertConsoleClean();
    }

    @Test
    void downloadsTheTeamAndTheInitiativeWorkbooks() throws IOException {
        signInAndOpenTheLaunchMatrix(editorToken());
        browser.find(By.id("download-team")).click();
        Path team = downloaded("startup-raci-");
        browser.find(By.id("download-initiative")).click();
        Path initiative = downloaded("startup-atlas-launch-raci-");
        for (Path workbook : List.of(team, initiative)) {
            byte[] bytes = Files.readAllBytes(workbook);
            assertEquals("PK", new String(bytes, 0, 2), workbook + " is not a workbook");
        }
        assertTrue(text("status").startsWith("Downloaded startup-atlas-launch-raci-"));
        browser.assertConsoleClean();
    }

    @Test
    void showsAViewerTheMatrixWithoutAnyWayToChangeIt() {
        String viewer = api.token(startup.team(), "lee", "VIEWER");
        signInAndOpenTheLaunchMatrix(viewer);
        assertTrue(text("who-role").startsWith("VIEWER: may read only"));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("#matrix button")));
        assertEquals("R", browser.find(By.cssSelector(BUDGET_ROW + " td.L-R")).getText());
        assertTrue(text("matrix-help").contains("may read this matrix but not change it"));
        browser.assertConsoleClean();
    }

    @Test
    void showsAStaleEditAndReloadsOnRequest() {
        signInAndOpenTheLaunchMatrix(editorToken());
        long local1 = startup.local().get(0);
        api.put(startup.base(startup.project()) + "/matrix/risk/" + local1, Map.of("letters", "C")).expect(200);

        danasBudgetCell().click();
        browser.find(By.cssSelector("#picker button[data-letters='A']")).click();

        browser.waitFor("the conflict message", d -> browser.find(By.id("matrix-conflict")).isDisplayed());
        assertTrue(text("matrix-conflict-text").startsWith("Your change was not saved. The matrix changed since you read it"),
                text("matrix-conflict-text"));
        assertEquals("R", letters("budget", startup.dana()));
        browser.find(By.id("matrix-reload")).click();
        browser.waitFor("the other change to show", d -> !browser.find(By.id("matrix-conflict")).isDisplayed()
                && cell("risk", "Local 1").getText().equals("C"));
        assertEquals(List.of(), browser.severeConsoleEntries().stream()
                .filter(entry -> !entry.contains("status of 412")).toList(), "only the refused write may be logged");
    }

    @Test
    void letsTheOperatorChooseATeamById() {
        signIn(operatorToken);
        browser.find(By.id("team-id")).sendKeys(String.valueOf(startup.team()));
        browser.find(By.cssSelector("#team-form button[type='submit']")).click();
        browser.waitFor("the team's name", d -> text("who-team").startsWith("Startup"));
        assertTrue(text("who-role").startsWith("operator"));
        browser.find(By.cssSelector(BUDGET_ROW));
        browser.assertConsoleClean();
    }

    @Test
    void refusesAnUnknownTokenWithAMessage() {
        signIn("raci_" + "z".repeat(43));
        browser.waitFor("the refusal", d -> d.findElement(By.id("alert")).isDisplayed());
        assertTrue(text("alert-text").contains("not recognised"));
        assertTrue(browser.find(By.id("sign-in")).isDisplayed());
        assertNull(script("return sessionStorage.getItem('raci.token')"));
    }

    // ---- steps --------------------------------------------------------------------------

    private String editorToken() {
        return api.token(startup.team(), "pat", "EDITOR");
    }

    /** Pastes the token into the form, as a new user would. */
    private void signIn(String token) {
        browser.open("/");
        browser.find(By.id("token")).sendKeys(token);
        browser.find(By.cssSelector("#sign-in-form button[type='submit']")).click();
    }

    private void signInAndOpenTheLaunchMatrix(String token) {
        browser.signIn(token);
        select("initiative").selectByVisibleText("Atlas launch (project)");
        browser.waitFor("the launch matrix", d -> text("matrix-heading").equals("Matrix: Atlas launch"));
        browser.find(By.cssSelector(BUDGET_ROW));
    }

    private WebElement danasBudgetCell() {
        return cell("budget", "Dana");
    }

    private WebElement cell(String row, String person) {
        return browser.find(By.xpath("//tr[@id='row-" + row + "']/td[" + column(person) + "]/descendant-or-self::*[last()]"));
    }

    /** The person's position among the cells of a row, counted from 1 as XPath does. */
    private int column(String person) {
        return texts("#matrix thead th.person").indexOf(person) + 1;
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** The cell's letters as the API has them, "" for none. */
    @SuppressWarnings("unchecked")
    private String letters(String row, long person) {
        List<Map<String, Object>> cells = (List<Map<String, Object>>) api.get(startup.base(startup.project()) + "/matrix")
                .expect(200).map().get("cells");
        return cells.stream().filter(c -> row.equals(c.get("responsibility")) && ((Number) c.get("person")).longValue() == person)
                .map(c -> (String) c.get("letters")).findFirst().orElse("");
    }

    private Path downloaded(String prefix) {
        browser.waitFor("a file named " + prefix + "*.xlsx", d -> browser.downloads().stream()
                .anyMatch(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".xlsx")));
        return browser.downloads().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private List<String> warningCodes() {
        return browser.driver().findElements(By.cssSelector("#warning-groups li.warning")).stream()
                .map(e -> e.getAttribute("data-code")).toList();
    }

    private Select select(String id) {
        return new Select(browser.find(By.id(id)));
    }

    /** The element's text, also of those only screen readers see (such as the status line). */
    private String text(String id) {
        return browser.find(By.id(id)).getDomProperty("textContent").strip();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}

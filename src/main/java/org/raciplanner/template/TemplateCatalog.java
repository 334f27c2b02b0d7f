package org.raciplanner.template;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every template the service knows: those shipped in the jar (the top-level templates/ folder)
 * and those in {@code RACI_TEMPLATES_DIR}. Loaded once at start-up; any broken file stops the
 * start with a message naming it, so the catalogue is never half-loaded.
 */
@Context
public class TemplateCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    private static final String SHIPPED = "templates";

    private final Map<String, Template> templates;

    TemplateCatalog(@Nullable @Value("${raci.templates.dir:}") String extraDir) {
        List<Template> loaded = new ArrayList<>(shipped());
        if (extraDir != null && !extraDir.isBlank()) {
            loaded.addAll(fromDirectory(Path.of(extraDir)));
        }
        this.templates = index(loaded);
        LOG.info("Loaded {} templates: {}", templates.size(), templates.keySet());
    }

    public Collection<Template> all() {
        return templates.values();
    }

    public Optional<Template> find(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    static Map<String, Template> index(List<Template> loaded) {
        Map<String, Template> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Template t : loaded) {
            Template earlier = byKey.putIfAbsent(t.key(), t);
            if (earlier != null) {
                problems.add(t.file() + ": key '" + t.key() + "' is already used by " + earlier.file());
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(String.join("; ", problems));
        }
        return Collections.unmodifiableMap(byKey);
    }

    static List<Template> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateException(dir + ": RACI_TEMPLATES_DIR is not a directory");
        }
        List<Template> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(TemplateCatalog::isYaml).sorted().toList()) {
                try {
                    loaded.add(TemplateParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (TemplateException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates in " + dir, e);
        }
        if (!problems.isEmpty()) {
            throw new TemplateException("Broken template(s): " + String.join(" | ", problems));
        }
        return loaded;
    }

    private static List<Template> shipped() {
        List<Template> loaded = new ArrayList<>();
        try {
            Enumeration<URL> roots = TemplateCatalog.class.getClassLoader().getResources(SHIPPED);
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem jar = jarFileSystem(uri);
                    loaded.addAll(fromDirectory(jar.getPath(SHIPPED)));
                } else {
                    loaded.addAll(fromDirectory(Path.of(uri)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped templates", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return loaded;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}

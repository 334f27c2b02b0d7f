package org.raciplanner.template;

import org.raciplanner.matrix.Category;
import org.raciplanner.analysis.Letters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one template file and checks it against the rules every template must keep; every
 * problem found is reported, each naming the file and where in it.
 */
final class TemplateParser {

    private static final Set<String> KINDS = Set.of("PROJECT", "PRODUCT", "PROGRAM");
    private static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private TemplateParser(String file) {
        this.file = file;
    }

    static Template parse(String file, String text) {
        return new TemplateParser(file).read(text);
    }

    private Template read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new TemplateException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (!(doc instanceof Map<?, ?> root)) {
            throw new TemplateException(file + ": must be a YAML mapping with key, name, kind, roles and responsibilities");
        }
        String key = text(root, "key", "");
        if (!key.isEmpty() && !key.matches(KEY)) {
            problem("key '" + key + "' must be kebab-case");
        }
        String kind = text(root, "kind", "");
        if (!kind.isEmpty() && !KINDS.contains(kind)) {
            problem("kind '" + kind + "' must be one of " + KINDS);
        }
        List<Template.Role> roles = roles(list(root, "roles", ""));
        Set<String> roleKeys = new HashSet<>();
        for (Template.Role r : roles) {
            if (!roleKeys.add(r.key())) {
                problem("role '" + r.key() + "' is declared twice");
            }
        }
        List<Template.Row> rows = rows(list(root, "responsibilities", ""), roleKeys);
        Set<String> rowKeys = new HashSet<>();
        for (Template.Row r : rows) {
            if (!rowKeys.add(r.key())) {
                problem("responsibility '" + r.key() + "' is declared twice");
            }
        }
        List<String> required = strings(root.get("required"), "required");
        for (String r : required) {
            if (!rowKeys.contains(r)) {
                problem("required responsibility '" + r + "' is not among the responsibilities");
            }
        }
        Template template = new Template(key, text(root, "name", ""), kind, text(root, "description", ""),
                roles, rows, conflicts(root.get("conflicts")), required, communication(root.get("communication"), rowKeys), file);
        if (!problems.isEmpty()) {
            throw new TemplateException(file + ": " + String.join("; ", problems));
        }
        return template;
    }

    private List<Template.Role> roles(List<Map<?, ?>> items) {
        List<Template.Role> roles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> m = items.get(i);
            String where = "roles[" + i + "].";
            String key = text(m, "key", where);
            if (!key.isEmpty() && !key.matches(KEY)) {
                problem(where + "key '" + key + "' must be kebab-case");
            }
            roles.add(new Template.Role(key, text(m, "name", where), bool(m, "required", true),
                    bool(m, "group", false), sources(m, where)));
        }
        return roles;
    }

    private List<Template.Row> rows(List<Map<?, ?>> items, Set<String> roleKeys) {
        List<Template.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> m = items.get(i);
            String key = text(m, "key", "responsibilities[" + i + "].");
            String where = "responsibility '" + key + "': ";
            if (!key.isEmpty() && !key.matches(KEY)) {
                problem(where + "key must be kebab-case");
            }
            Category category = null;
            try {
                category = Category.valueOf(text(m, "category", where));
            } catch (IllegalArgumentException e) {
                problem(where + "category must be STRATEGY or EXECUTION");
            }
            BigDecimal effort = BigDecimal.ZERO;
            if (m.get("effortHours") instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 168) {
                effort = new BigDecimal(n.toString());
            } else {
                problem(where + "effortHours must be a number of hours per week between 0 and 168");
            }
            Map<String, Letters> letters = letters(m.get("letters"), where, roleKeys);
            rows.add(new Template.Row(key, text(m, "name", where), category, effort, sources(m, where), letters));
        }
        return rows;
    }

    private Map<String, Letters> letters(Object raw, String where, Set<String> roleKeys) {
        Map<String, Letters> letters = new LinkedHashMap<>();
        if (!(raw instanceof Map<?, ?> m)) {
            problem(where + "letters must map role keys to R, A, C, I or RA");
            return letters;
        }
        m.forEach((role, value) -> {
            if (!roleKeys.contains(String.valueOf(role))) {
                problem(where + "letters name unknown role '" + role + "'");
            }
            try {
                letters.put(String.valueOf(role), Letters.parse(String.valueOf(value)));
            } catch (IllegalArgumentException e) {
                problem(where + "letter for '" + role + "' " + e.getMessage());
            }
        });
        long accountable = letters.values().stream().filter(Letters::accountable).count();
        if (accountable != 1) {
            problem(where + "must have exactly one A (or RA), has " + accountable);
        }
        return letters;
    }

    private List<Template.Conflict> conflicts(Object raw) {
        List<Template.Conflict> conflicts = new ArrayList<>();
        if (raw == null) {
            return conflicts;
        }
        if (!(raw instanceof List<?> items)) {
            problem("conflicts must be a list");
            return conflicts;
        }
        for (int i = 0; i < items.size(); i++) {
            String where = "conflicts[" + i + "].";
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                problem(where + " must be a mapping");
                continue;
            }
            List<String> roles = strings(m.get("roles"), where + "roles");
            if (roles.size() != 2 || roles.get(0).equals(roles.get(1))) {
                problem(where + "roles must name two different roles");
            }
            conflicts.add(new Template.Conflict(roles, text(m, "reason", where), sources(m, where)));
        }
        return conflicts;
    }

    private Template.Communication communication(Object raw, Set<String> rowKeys) {
        if (raw == null) {
            return new Template.Communication("stakeholder-communication", 2, 67);
        }
        if (!(raw instanceof Map<?, ?> m)) {
            problem("communication must be a mapping");
            return null;
        }
        String row = text(m, "responsibility", "communication.");
        if (!row.isEmpty() && !rowKeys.contains(row)) {
            problem("communication.responsibility '" + row + "' is not among the responsibilities");
        }
        return new Template.Communication(row, number(m, "baseHours"), number(m, "minutesPerPerson"));
    }

    private double number(Map<?, ?> m, String field) {
        if (m.get(field) instanceof Number n && n.doubleValue() >= 0) {
            return n.doubleValue();
        }
        problem("communication." + field + " must be a number of 0 or more");
        return 0;
    }

    private List<Map<?, ?>> list(Map<?, ?> m, String field, String where) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (!(m.get(field) instanceof List<?> items) || items.isEmpty()) {
            problem(where + field + " must be a non-empty list");
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item) {
                out.add(item);
            } else {
                problem(where + field + "[" + i + "] must be a mapping");
            }
        }
        return out;
    }

    private String text(Map<?, ?> m, String field, String where) {
        Object v = m.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            problem(where + field + " is missing");
            return "";
        }
        return String.valueOf(v).strip();
    }

    private boolean bool(Map<?, ?> m, String field, boolean otherwise) {
        return m.get(field) instanceof Boolean b ? b : otherwise;
    }

    private List<String> sources(Map<?, ?> m, String where) {
        List<String> sources = strings(m.get("source"), where + "source");
        if (sources.isEmpty()) {
            problem(where + "source must name the seed file(s) it comes from");
        }
        return sources;
    }

    private List<String> strings(Object raw, String where) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        if (raw instanceof String s) {
            return List.of(s);
        }
        problem(where + " must be a string or a list of strings");
        return List.of();
    }

    private void problem(String message) {
        problems.add(message);
    }
}

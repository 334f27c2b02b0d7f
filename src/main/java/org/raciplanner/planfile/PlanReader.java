package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import org.raciplanner.roster.PersonRequest;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.team.Settings;
import org.raciplanner.team.SettingsPatch;
import org.raciplanner.template.TemplateCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.lang.reflect.RecordComponent;

/**
 * Reads a plan file's tree into a {@link Plan}, checking it against the team and the templates:
 * every problem is named at its place (pointer, line and column), all in one pass, and nothing is
 * returned unless there are none. Field values are checked by the same constraints as the API's
 * requests ({@link PersonRequest}, {@link SettingsPatch}, …), so a file is held to the API's rules.
 */
@Singleton
class PlanReader {

    static final List<String> TOP = List.of("settings", "people", "initiatives");
    static final List<String> PERSON = List.of("name", "title", "location", "remote", "capacityHours", "availability");
    /** The limits by name, in the order of {@link Settings}. */
    static final List<String> SETTINGS = Arrays.stream(Settings.class.getRecordComponents()).map(RecordComponent::getName).toList();

    private final TemplateCatalog templates;
    private final Validator validator;

    PlanReader(TemplateCatalog templates, Validator validator) {
        this.templates = templates;
        this.validator = validator;
    }

    /**
     * @param prune whether what the file leaves out goes: then the file may refer only to its own people and initiatives
     */
    Plan read(Tree root, Snapshot.Team team, boolean prune) {
        Problems problems = new Problems();
        Fields top = Fields.of(root, "a plan file", TOP, problems);
        Map<String, Integer> settings = top.get("settings") == null ? Map.of() : settings(top.get("settings"), team, problems);
        Map<String, String> known = new HashMap<>();
        if (!prune) {
            team.people().forEach(p -> known.put(Plan.key(p.email()), p.email()));
        }
        Map<String, Plan.Person> people = people(top.get("people"), problems, known);
        List<Plan.Initiative> initiatives = top.get("initiatives") == null ? List.of()
                : new InitiativeReader(templates, new Check(validator, problems), problems, known, team, prune)
                .read(top.get("initiatives"));
        problems.refuseIfAny();
        return new Plan(settings, List.copyOf(people.values()), initiatives);
    }

    private Map<String, Integer> settings(Tree node, Snapshot.Team team, Problems problems) {
        Fields f = Fields.of(node, "settings", SETTINGS, problems);
        Check check = new Check(validator, problems);
        Map<String, Integer> given = new LinkedHashMap<>();
        for (String name : SETTINGS) {
            BigDecimal value = f.number(name, 0);
            if (value != null && check.value(SettingsPatch.class, name, value.intValue(), f.at(name))) {
                given.put(name, value.intValue());
            }
        }
        int warn = given.getOrDefault("capacityWarnPercent", team.limits().capacityWarnPercent());
        int error = given.getOrDefault("capacityErrorPercent", team.limits().capacityErrorPercent());
        if (error < warn) {
            problems.at(f.at("capacityErrorPercent"), "capacityErrorPercent (" + error + ") must be at least capacityWarnPercent (" + warn + ")");
        }
        return given;
    }

    /**
     * People by their e-mail's key, in the file's order; an e-mail given twice (in any case) is named at
     * its second place. Everyone the file names goes into {@code named}, even with a problem, so that
     * what refers to them is not refused too.
     */
    private Map<String, Plan.Person> people(@Nullable Tree node, Problems problems, Map<String, String> named) {
        Map<String, Plan.Person> people = new LinkedHashMap<>();
        if (node == null) {
            return people;
        }
        Check check = new Check(validator, problems);
        Map<String, Tree.Member> first = new HashMap<>();
        for (Tree.Member m : Fields.keyed(node, "people", problems)) {
            String email = m.name().strip();
            Tree.Member earlier = first.putIfAbsent(Plan.key(email), m);
            if (earlier != null) {
                problems.at(m.nameAt(), "'" + m.name() + "' is the e-mail of " + earlier.nameAt().shown() + " too (e-mails are compared without case)");
                continue;
            }
            named.put(Plan.key(email), email);
            boolean valid = check.value(PersonRequest.class, "email", email, m.nameAt());
            Fields f = Fields.of(m.value(), "a person", PERSON, problems);
            String name = f.text("name", true);
            String title = f.text("title", false);
            String location = f.text("location", false);
            Boolean remote = f.bool("remote");
            BigDecimal capacity = f.number("capacityHours", 1);
            List<Plan.Window> availability = new AvailabilityReader(check, problems).read(f);
            boolean fine = check.value(PersonRequest.class, "name", name, f.at("name"))
                    & check.value(PersonRequest.class, "title", title, f.at("title"))
                    & check.value(PersonRequest.class, "location", location, f.at("location"))
                    & check.value(PersonRequest.class, "capacityHours", capacity, f.at("capacityHours"));
            if (valid && fine && name != null && availability != null) {
                people.put(Plan.key(email), new Plan.Person(email, name.strip(), blankToNull(title), blankToNull(location),
                        Boolean.TRUE.equals(remote), capacity != null ? capacity : PersonRequest.DEFAULT_CAPACITY, availability));
            }
        }
        return people;
    }

    static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A value held to the constraints of an API request's field; a breach is a problem at its place. */
    record Check(Validator validator, Problems problems) {

        /** True when the value is absent or keeps every constraint of {@code type}'s {@code property}. */
        <T> boolean value(Class<T> type, String property, @Nullable Object value, Tree.Where at) {
            if (value == null) {
                return true;
            }
            List<String> broken = new ArrayList<>();
            validator.validateValue(type, property, value).forEach(v -> broken.add(v.getMessage()));
            broken.forEach(message -> problems.at(at, property + " " + message));
            return broken.isEmpty();
        }
    }
}

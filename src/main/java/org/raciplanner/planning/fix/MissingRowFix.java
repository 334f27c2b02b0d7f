package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.AddResponsibility;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCell;
import org.raciplanner.planning.TemplateRules;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MISSING_RESPONSIBILITY: the row is added, with the letters the template gives the initiative's
 * staffing on it; without a template, the initiative's main owner owns it and does it (RA), or owns
 * it while the person with the most room does it.
 */
final class MissingRowFix implements Generator {

    @Override
    public String code() {
        return "MISSING_RESPONSIBILITY";
    }

    @Override
    public List<Candidate> propose(Warning w, Search s) {
        Snapshot.Matrix m = Generator.matrix(s, w);
        String key = w.responsibility();
        long id = m.initiative().id();
        AddResponsibility add = new AddResponsibility(id, key, name(key), null, null);
        TemplateRules rules = s.playbook().rules(m.initiative());
        Map<Long, Letters> derived = rules == null ? Map.of() : rules.derive(m.staffing()).getOrDefault(key, Map.of());
        List<Candidate> out = new ArrayList<>();
        if (!derived.isEmpty()) {
            List<Change> changes = new ArrayList<>(List.of(add));
            derived.keySet().stream().sorted().forEach(p -> changes.add(new SetCell(id, key, PersonRef.of(p), derived.get(p))));
            out.add(new Candidate(changes, List.of(new Step("Add '" + add.name() + "' to " + m.initiative().name()
                    + " with the letters the template gives its staffing", null)), 0, 0));
        }
        Long owner = owner(m);
        if (owner != null) {
            out.add(withLetters(s, m, add, owner, Letters.RA));
            List<Long> doers = Takers.forRow(s, m, key, owner, Letters::responsible, 0, 1);
            if (!doers.isEmpty()) {
                out.add(withLetters(s, m, add, owner, Letters.A).then(Moves.add(s, m, key, doers.get(0), Letters.R)));
            }
        }
        return Generator.distinct(out);
    }

    private static Candidate withLetters(Search s, Snapshot.Matrix m, AddResponsibility add, long person, Letters letters) {
        return new Candidate(List.of(add, new SetCell(m.initiative().id(), add.key(), PersonRef.of(person), letters)),
                List.of(new Step("Add '" + add.name() + "' to " + m.initiative().name() + "; " + s.view().name(person) + " is "
                        + letters + " on it", person)), 0, 0);
    }

    /** Whoever is accountable for the most rows of the initiative; null when nobody is. */
    private static Long owner(Snapshot.Matrix m) {
        Map<Long, Long> owned = new java.util.HashMap<>();
        m.cells().stream().filter(c -> c.letters().accountable()).forEach(c -> owned.merge(c.person(), 1L, Long::sum));
        return owned.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** "project-plan" → "Project plan". */
    static String name(String key) {
        String words = key.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

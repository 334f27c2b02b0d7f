package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an initiative's staffing: each role names its people, each an e-mail, or
 * {@code {person: e-mail, communicatesVia: e-mail}}, or a group sharing one relay,
 * {@code {people: [e-mails], communicatesVia: e-mail}}. A relay must be staffed on the same
 * initiative, as the staffing API requires.
 */
final class StaffingReader {

    static final List<String> ENTRY = List.of("person", "people", "communicatesVia");

    private final Problems problems;
    private final Map<String, String> people;
    private final boolean prune;
    private final List<Plan.Staffed> staffing = new ArrayList<>();
    private final List<Relay> relays = new ArrayList<>();

    /** @param people the people the file may name, by their e-mail's key */
    StaffingReader(Problems problems, Map<String, String> people, boolean prune) {
        this.problems = problems;
        this.people = people;
        this.prune = prune;
    }

    /** A person the file names who is neither in it nor on the team, in words. */
    static String unknown(String email, boolean prune) {
        return "'" + email + "' is not a person of the file" + (prune ? " (with prune=true a file names only its own people)" : " or the team");
    }

    /** @param roleProblem what is wrong with a role key, or null when it is fine */
    List<Plan.Staffed> read(Tree node, Function<String, String> roleProblem) {
        Set<String> seen = new HashSet<>();
        for (Tree.Member role : Fields.keyed(node, "staffing", problems)) {
            String problem = roleProblem.apply(role.name());
            if (problem != null) {
                problems.at(role.nameAt(), problem);
            }
            if (!(role.value() instanceof Tree.Items items)) {
                problems.at(role.value().at(), "the people of a role must be a list, not " + Tree.describe(role.value()));
                continue;
            }
            for (Tree item : items.items()) {
                entry(role.name(), item, seen);
            }
        }
        Set<String> staffed = new HashSet<>();
        staffing.forEach(s -> staffed.add(s.person()));
        for (Relay r : relays) {
            if (r.via().equals(r.person())) {
                problems.at(r.at(), "a person cannot communicate via themselves");
            } else if (!staffed.contains(r.via())) {
                problems.at(r.at(), "'" + r.via() + "' is not staffed on this initiative, so nobody can communicate via them here");
            }
        }
        return staffing;
    }

    private void entry(String role, Tree item, Set<String> seen) {
        if (item instanceof Tree.Scalar s && s.type() == Tree.Type.TEXT) {
            add(role, s.text(), s.at(), seen, null, null);
            return;
        }
        Fields f = Fields.of(item, "a staffing entry (an e-mail, or {person or people, communicatesVia})", ENTRY, problems);
        if (!(item instanceof Tree.Members)) {
            return;
        }
        String via = f.text("communicatesVia", false);
        String viaKey = via == null ? null : known(via, f.at("communicatesVia"));
        if (f.has("person") == f.has("people")) {
            problems.at(f.at(), "a staffing entry names either one person or a list of people");
            return;
        }
        if (f.has("person")) {
            String person = f.text("person", true);
            if (person != null) {
                add(role, person, f.at("person"), seen, viaKey, f.at("communicatesVia"));
            }
            return;
        }
        Tree list = f.get("people");
        if (!(list instanceof Tree.Items group)) {
            problems.at(f.at("people"), "people must be a list of e-mails, not " + (list == null ? "null" : Tree.describe(list)));
            return;
        }
        for (Tree member : group.items()) {
            if (member instanceof Tree.Scalar s && s.type() == Tree.Type.TEXT) {
                add(role, s.text(), s.at(), seen, viaKey, f.at("communicatesVia"));
            } else {
                problems.at(member.at(), "people must list e-mails, not " + Tree.describe(member));
            }
        }
    }

    private void add(String role, String email, Tree.Where at, Set<String> seen, @Nullable String via, @Nullable Tree.Where viaAt) {
        String person = known(email, at);
        if (person == null) {
            return;
        }
        if (!seen.add(role + "/" + person)) {
            problems.at(at, "'" + email + "' is already staffed as " + role);
            return;
        }
        staffing.add(new Plan.Staffed(role, person, via));
        if (via != null) {
            relays.add(new Relay(person, via, viaAt));
        }
    }

    /** The e-mail's key when the file or the team has that person; otherwise a problem at its place. */
    @Nullable
    private String known(String email, Tree.Where at) {
        String key = Plan.key(email.strip());
        if (!people.containsKey(key)) {
            problems.at(at, unknown(email, prune));
            return null;
        }
        return key;
    }

    private record Relay(String person, String via, Tree.Where at) {
    }
}

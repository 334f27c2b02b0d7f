package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One person holds roles that should not sit together, or too many: some of them go to others. */
final class RoleFixes {

    private static final int TAKER_CHOICES = 2;

    private RoleFixes() {
    }

    /** ROLE_CONFLICT: one of the two roles goes, on every initiative where the person plays it. */
    static final class Conflict implements Generator {
        @Override
        public String code() {
            return "ROLE_CONFLICT";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            long person = w.personId();
            List<Candidate> out = new ArrayList<>();
            for (String figure : List.of("roleB", "roleA")) {
                String role = String.valueOf(w.figures().get(figure));
                for (int choice = 0; choice < TAKER_CHOICES; choice++) {
                    Candidate c = handAll(s, person, List.of(role), choice);
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
            return Generator.distinct(out);
        }
    }

    /** ROLE_STACKING: the surplus roles go, those held on the fewest initiatives first. */
    static final class Stacking implements Generator {
        @Override
        public String code() {
            return "ROLE_STACKING";
        }

        @Override
        public List<Candidate> propose(Warning w, Search s) {
            long person = w.personId();
            Map<String, ? extends Set<Long>> held = s.view().rolesOf(person);
            int surplus = held.size() - s.limits().maxRoles();
            if (surplus <= 0) {
                return List.of();
            }
            List<String> roles = new ArrayList<>(held.keySet());
            roles.sort(Comparator.comparingInt((String r) -> held.get(r).size()).thenComparing(r -> r));
            List<Candidate> out = new ArrayList<>();
            for (int first = 0; first < Math.min(3, roles.size()); first++) {
                List<String> dropped = new ArrayList<>();
                dropped.add(roles.get(first));
                for (int i = 0; dropped.size() < surplus && i < roles.size(); i++) {
                    if (i != first) {
                        dropped.add(roles.get(i));
                    }
                }
                Candidate c = handAll(s, person, dropped, 0);
                if (c != null) {
                    out.add(c);
                }
            }
            return Generator.distinct(out);
        }
    }

    /**
     * Hands each role, on every initiative where the person plays it, to its {@code choice}-th best
     * taker (the best when there are fewer); a group role is simply left. A taker who gets a role
     * here is not given one that conflicts with it elsewhere in the same candidate. Null when some
     * role finds nobody.
     */
    static Candidate handAll(Search s, long person, List<String> roles, int choice) {
        Map<Long, Set<String>> given = new HashMap<>();
        Candidate out = null;
        for (String role : roles) {
            for (long initiative : s.view().rolesOf(person).getOrDefault(role, new java.util.TreeSet<>())) {
                Snapshot.Matrix m = s.view().matrix(initiative);
                Candidate step;
                if (s.playbook().groupRoles().contains(role)) {
                    step = Moves.leave(s, m, role, person);
                } else {
                    List<Long> takers = new ArrayList<>(Takers.forRole(s, m, role, person, 0, TAKER_CHOICES + 3));
                    takers.removeIf(t -> s.playbook().conflicts(role, given.getOrDefault(t, Set.of())));
                    if (takers.isEmpty()) {
                        return null;
                    }
                    long taker = takers.get(Math.min(choice, takers.size() - 1));
                    given.computeIfAbsent(taker, t -> new HashSet<>()).add(role);
                    step = Moves.handRole(s, m, role, person, taker);
                }
                out = out == null ? step : out.then(step);
            }
        }
        return out;
    }
}

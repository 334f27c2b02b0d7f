package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A communicator (R or A of the communication row) or a relay (someone others communicate via)
 * keeps more people on one initiative in sync directly than the team's limit. The advice
 * names the group to hand to a project coordinator and how many people must move.
 */
final class CommunicationSpanRule implements InitiativeRule {

    static final String CODE = "COMMUNICATION_SPAN";
    static final String COORDINATOR_ROLE = "project-coordinator";
    private static final int NAMES_SHOWN = 5;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void checkInitiative(Initiative initiative, TeamIndex team, Consumer<Warning> out) {
        int limit = team.limits().maxCommunicationSpan();
        CommunicationSpans spans = initiative.spans();
        spans.nonZero().forEach((person, span) -> {
            if (span > limit && (communicates(initiative, person) || spans.isRelayTarget(person))) {
                out.accept(warning(initiative, person, span, limit, team));
            }
        });
    }

    private static boolean communicates(Initiative initiative, long person) {
        Row row = initiative.communicationRow();
        Letters letters = row == null ? null : row.lettersOf(person);
        return letters != null && (letters.responsible() || letters.accountable());
    }

    private static Warning warning(Initiative initiative, long person, int span, int limit, TeamIndex team) {
        String name = team.personName(person);
        Handover handover = Handover.plan(initiative, person, span, limit);
        Row row = initiative.communicationRow();
        Letters letters = row == null ? null : row.lettersOf(person);
        Figures figures = Figures.create()
                .put("span", span)
                .put("limit", limit)
                .put("mustMove", handover.mustMove())
                .put("coordinatorsNeeded", handover.newCoordinators());
        if (handover.coordinator() != null) {
            figures.put("coordinator", team.personName(handover.coordinator()));
        }
        figures.put("syncedDirectlyByRole", syncedByRole(initiative, person))
                .put("relaysFor", initiative.spans().relaysFor(person))
                .put("communicationResponsibility", initiative.communicationKey())
                .put("letters", letters == null ? "none" : letters.name());
        return new Warning(CODE, Severity.WARNING,
                name + " keeps " + span + " people on " + initiative.name() + " in sync directly; the limit is "
                        + limit + ".",
                handover.advice(name, initiative, span, limit, team),
                person, initiative.id(), initiative.communicationKey(), figures.map());
    }

    private static Map<String, Integer> syncedByRole(Initiative initiative, long person) {
        Map<String, Integer> byRole = new LinkedHashMap<>();
        for (long synced : initiative.spans().syncedDirectlyBy(person)) {
            byRole.merge(firstRole(initiative, synced), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(byRole);
    }

    private static String firstRole(Initiative initiative, long person) {
        return initiative.rolesByPerson().getOrDefault(person, Set.of("unstaffed")).iterator().next();
    }

    /**
     * Who should take over part of the syncing. An existing coordinator with enough room takes
     * {@code span − limit} people; otherwise new coordinators are needed, and each one becomes
     * one of the communicator's contacts, so {@code span − limit + coordinators} people must move.
     */
    private record Handover(long person, Long coordinator, int newCoordinators, int mustMove) {

        static Handover plan(Initiative initiative, long person, int span, int limit) {
            int excess = span - limit;
            for (long candidate : initiative.staffedAs(COORDINATOR_ROLE)) {
                if (candidate != person && initiative.spans().spanOf(candidate) + excess <= limit) {
                    return new Handover(person, candidate, 0, excess);
                }
            }
            if (limit < 2) {
                return new Handover(person, null, 0, excess);
            }
            int coordinators = (excess + limit - 2) / (limit - 1);
            return new Handover(person, null, coordinators, excess + coordinators);
        }

        String advice(String name, Initiative initiative, int span, int limit, TeamIndex team) {
            String example = example(name, initiative, team);
            String drop = "so " + name + "'s span drops to at most " + limit;
            if (coordinator != null) {
                return "Set communicatesVia to " + team.personName(coordinator) + " for at least " + mustMove
                        + " of the " + span + " people " + name + " syncs directly on " + initiative.name()
                        + ", for example " + example + ", " + drop + ".";
            }
            if (newCoordinators == 0) {
                return "A span limit of " + limit + " cannot be met by adding coordinators: raise the team's "
                        + "communication span limit or split " + initiative.name() + ".";
            }
            String who = newCoordinators == 1 ? "a project coordinator" : newCoordinators + " project coordinators";
            String them = newCoordinators == 1 ? "them" : "them (at most " + limit + " people each)";
            return "Staff " + who + " on " + initiative.name() + " and set communicatesVia to " + them
                    + " for at least " + mustMove + " of the " + span + " people " + name + " syncs directly, "
                    + "for example " + example + ", " + drop + " (a coordinator counts as one of "
                    + name + "'s contacts).";
        }

        /** The biggest role group among the people synced directly, since remoteness is not known here. */
        private String example(String name, Initiative initiative, TeamIndex team) {
            Map<String, List<Long>> groups = new LinkedHashMap<>();
            for (long synced : initiative.spans().syncedDirectlyBy(person)) {
                if (coordinator == null || synced != coordinator) {
                    groups.computeIfAbsent(firstRole(initiative, synced), role -> new ArrayList<>()).add(synced);
                }
            }
            Map.Entry<String, List<Long>> largest = null;
            for (Map.Entry<String, List<Long>> group : groups.entrySet()) {
                if (largest == null || group.getValue().size() > largest.getValue().size()) {
                    largest = group;
                }
            }
            if (largest == null) {
                return "a group that works apart";
            }
            List<String> names = team.personNames(largest.getValue());
            String group = Text.role(largest.getKey());
            return "part of the " + group + ", such as its remote members (" + name + " syncs " + names.size()
                    + " " + group + " members directly: " + Text.sample(names, NAMES_SHOWN) + ")";
        }
    }
}

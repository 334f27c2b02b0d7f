package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How many changes a finding's fix will likely take, read off its figures before any is tried: a
 * plan with a number of changes clears the cheap findings first, so that it does not spend on one
 * costly ERROR what clears many cheap ones.
 */
final class Costs {

    /** The codes by what their fixes usually cost, for findings whose figures say nothing of it. */
    private static final List<String> BY_CODE = List.of("MULTIPLE_ACCOUNTABLE", "NO_ACCOUNTABLE", "NO_RESPONSIBLE",
            "MISSING_RESPONSIBILITY", "UNSTAFFED_ROLE", "TOO_MANY_RESPONSIBLE", "TOO_MANY_CONSULTED", "UNASSIGNED_PERSON",
            "COMMUNICATION_SPAN", "ROLE_CONFLICT", "ROLE_STACKING", "SINGLE_POINT_OF_FAILURE", "ACCOUNTABILITY_OVERLOAD",
            "CAPACITY_OVERLOAD");
    /** What an overload's item costs to hand over: a role (two changes) or a row (one or two). */
    private static final int PER_ITEM = 2;

    private Costs() {
    }

    /** The findings, cheapest to fix first, in their order otherwise. */
    static List<Warning> cheapestFirst(Collection<Warning> warnings, Limits limits) {
        List<Warning> ordered = new ArrayList<>(warnings);
        ordered.sort(Comparator.comparingInt((Warning w) -> of(w, limits)).thenComparingInt(Costs::byCode));
        return ordered;
    }

    /**
     * A row's surplus owners or holders, a span's people to move, an overload's biggest items until
     * it is one severity milder; else by code, a cell or two of a row before whole roles.
     */
    static int of(Warning w, Limits limits) {
        return switch (w.code()) {
            case "MULTIPLE_ACCOUNTABLE" -> Generator.number(w, "accountableCount") - 1;
            case "TOO_MANY_CONSULTED", "TOO_MANY_RESPONSIBLE" -> Generator.number(w, "count") - Generator.number(w, "limit");
            case "COMMUNICATION_SPAN" -> Generator.number(w, "mustMove") + 1;
            case "CAPACITY_OVERLOAD" -> PER_ITEM * items(w, w.severity() == Severity.ERROR ? limits.capacityErrorPercent()
                    : limits.capacityWarnPercent());
            case "ACCOUNTABILITY_OVERLOAD" -> 4;
            case "ROLE_CONFLICT", "ROLE_STACKING", "SINGLE_POINT_OF_FAILURE", "MISSING_RESPONSIBILITY" -> 2;
            default -> 1;
        };
    }

    /** How many of the overload's biggest items must go to bring its peak under {@code percent} of capacity. */
    private static int items(Warning w, int percent) {
        double load = figure(w.figures().get("loadHours"));
        double need = load - figure(w.figures().get("capacityHours")) * percent / 100.0;
        int items = 0;
        double last = 0;
        for (Object item : Generator.list(w, "breakdown")) {
            if (need <= 0) {
                break;
            }
            last = figure(((Map<?, ?>) item).get("hours"));
            need -= last;
            items++;
        }
        if (need > 0) {
            items += last > 0 ? (int) Math.ceil(need / last) : 1;
        }
        return Math.max(1, items);
    }

    private static double figure(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static int byCode(Warning w) {
        int at = BY_CODE.indexOf(w.code());
        return at < 0 ? BY_CODE.size() : at;
    }
}

package org.raciplanner.planning.fix;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Findings waiting their turn, cheapest first, as a lazy greedy search takes them: at first by what
 * a finding's figures say its fix costs; once its fix is found and costs more than the next one's
 * estimate, it goes back in line at what the fix costs, and is taken when its turn comes again on
 * the same team. So a plan with few changes left does not spend them on a finding whose figures
 * looked cheap while cheaper ones wait. Ties keep the order the findings were added in.
 */
final class CheapestFirst<T> {

    private record Entry<T>(T item, double cost, int measuredAt, int order) {
    }

    private final PriorityQueue<Entry<T>> queue = new PriorityQueue<>(
            Comparator.comparingDouble((Entry<T> e) -> e.cost()).thenComparingInt(Entry::order));
    private int added;
    /** How many times the team changed: a cost measured at an earlier version is an estimate again. */
    private int version;
    private Entry<T> current;

    void add(T item, double estimate) {
        queue.add(new Entry<>(item, estimate, -1, added++));
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The cheapest waiting, now the current one. */
    T next() {
        current = queue.remove();
        return current.item();
    }

    /**
     * The current finding's fix costs {@code cost} on the team as it is: true when it waits for
     * cheaper ones (back in line at that cost); false when it is to be taken now.
     */
    boolean defer(double cost) {
        if (current.measuredAt() == version || queue.isEmpty() || cost <= queue.peek().cost()) {
            return false;
        }
        queue.add(new Entry<>(current.item(), cost, version, current.order()));
        return true;
    }

    /** A fix was taken: the team changed, so the costs measured so far may have. */
    void changed() {
        version++;
    }
}

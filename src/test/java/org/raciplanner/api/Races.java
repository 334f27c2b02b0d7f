package org.raciplanner.api;

import org.raciplanner.support.Concurrently;
import org.raciplanner.support.Reply;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Requests started at the same moment, their answers in racer order, and how many got each status. */
final class Races {

    private Races() {
    }

    static List<Reply> race(int racers, IntFunction<Reply> request) {
        try {
            return Concurrently.allAtOnce(racers, request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<Integer, Long> statuses(List<Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
    }
}

package org.raciplanner.heavy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.value.PropertyResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One gate per kind of heavy work, with its meters: {@code raci.heavy.running} and
 * {@code raci.heavy.queue} (gauges), {@code raci.heavy.wait} (timer of the time spent queued,
 * tagged {@code outcome=admitted|refused}) and {@code raci.heavy.refusals} (counter, tagged
 * {@code reason=queue-full|waited-too-long}), all tagged with the {@code kind}.
 */
@Context // created at start, so the log says the bounds before the first heavy request
class HeavyWork {

    private static final Logger LOG = LoggerFactory.getLogger(HeavyWork.class);

    private final Map<Kind, Gate> gates = new EnumMap<>(Kind.class);

    HeavyWork(PropertyResolver config, MeterRegistry registry) {
        HeavyBounds.Machine machine = HeavyBounds.Machine.current();
        StringBuilder summary = new StringBuilder();
        for (Kind kind : Kind.values()) {
            Gate gate = new Gate(kind, HeavyBounds.of(kind, config, machine), new Meters(kind, registry));
            Gauge.builder("raci.heavy.running", gate, Gate::running).tag("kind", kind.key())
                    .description("heavy tasks of this kind running now").register(registry);
            Gauge.builder("raci.heavy.queue", gate, Gate::waiting).tag("kind", kind.key())
                    .description("heavy tasks of this kind waiting for their turn").register(registry);
            gates.put(kind, gate);
            Gate.Bounds b = gate.bounds();
            summary.append(String.format("%n  %s: %d at once, %d waiting for at most %d s", kind.key(), b.maxRunning(),
                    b.queueLength(), b.maxWait().toSeconds()));
        }
        LOG.info("Heavy work bounds for {} MB of heap and {} cores:{}", machine.maxHeap() / HeavyBounds.MB, machine.cores(), summary);
    }

    <T> T run(Kind kind, Supplier<T> task) {
        return gates.get(kind).run(task);
    }

    Gate gate(Kind kind) {
        return gates.get(kind);
    }

    private static final class Meters implements Gate.Meters {

        private final Timer admittedWait;
        private final Timer refusedWait;
        private final Map<Gate.Refusal, Counter> refusals = new EnumMap<>(Gate.Refusal.class);

        Meters(Kind kind, MeterRegistry registry) {
            admittedWait = wait(kind, "admitted", registry);
            refusedWait = wait(kind, "refused", registry);
            for (Gate.Refusal why : Gate.Refusal.values()) {
                refusals.put(why, Counter.builder("raci.heavy.refusals").tag("kind", kind.key())
                        .tag("reason", why.name().toLowerCase().replace('_', '-'))
                        .description("heavy tasks answered 503 busy").register(registry));
            }
        }

        private static Timer wait(Kind kind, String outcome, MeterRegistry registry) {
            return Timer.builder("raci.heavy.wait").tag("kind", kind.key()).tag("outcome", outcome)
                    .description("time a heavy task waited for its turn").register(registry);
        }

        @Override
        public void admitted(long waitedNanos) {
            admittedWait.record(waitedNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void refused(Gate.Refusal why, long waitedNanos) {
            refusedWait.record(waitedNanos, TimeUnit.NANOSECONDS);
            refusals.get(why).increment();
        }
    }
}

package org.raciplanner.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micronaut.context.ApplicationContext;
import org.raciplanner.spreadsheet.ExportProbe;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Run in its own JVM with a small heap ({@code -Xmx256m}): exports a team's workbook from the
 * benchmark's database and prints the most heap in use at any moment (sampled every 2 ms,
 * garbage not yet collected included), so the benchmark can prove the export fits, and the heap in
 * use before it (after a full collection) and the most in use right after any collection during
 * it: the difference between those two is what one export holds, the figure the heavy-work
 * bounds are derived from.
 */
public final class SmallHeapExport {

    private SmallHeapExport() {
    }

    public static void main(String[] args) throws Exception {
        long team = Long.parseLong(args[0]);
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("raci.database.isolate", false, "micronaut.server.port", -1))
                .start()) {
            ExportProbe probe = new ExportProbe(context);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long base = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(base);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(2_000_000);
                }
            });
            sampler.setDaemon(true);
            AtomicLong live = new AtomicLong(base);
            NotificationListener afterEachGc = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    live.accumulateAndGet(heapAfter(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())), Math::max);
                }
            };
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterEachGc, null, null));
            sampler.start();
            long start = System.nanoTime();
            probe.teamWorkbook(team, OutputStream.nullOutputStream());
            double millis = (System.nanoTime() - start) / 1e6;
            sampler.interrupt();
            sampler.join();
            Thread.sleep(200); // GC notifications arrive on their own thread
            System.out.printf("PEAK_HEAP_MB=%.1f LIVE_HEAP_MB=%.1f BASE_HEAP_MB=%.1f MAX_HEAP_MB=%.1f MILLIS=%.1f%n", peak.get() / 1048576.0,
                    live.get() / 1048576.0, base / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, millis);
        }
    }

    /** The heap in use right after a collection: what was still reachable, plus old garbage a young collection leaves. */
    private static long heapAfter(GarbageCollectionNotificationInfo info) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        return info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}

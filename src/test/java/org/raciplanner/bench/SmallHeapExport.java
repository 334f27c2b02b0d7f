package org.raciplanner.bench;

import io.micronaut.context.ApplicationContext;
import org.raciplanner.spreadsheet.ExportProbe;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;

/**
 * Run in its own JVM with a small heap ({@code -Xmx256m}): exports a team's workbook from the
 * benchmark's database and prints the peak heap the JVM used, so the benchmark can prove the
 * export fits.
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
            MemoryPoolMXBean[] pools = ManagementFactory.getMemoryPoolMXBeans().toArray(MemoryPoolMXBean[]::new);
            System.gc();
            for (MemoryPoolMXBean pool : pools) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            probe.teamWorkbook(team, OutputStream.nullOutputStream());
            double millis = (System.nanoTime() - start) / 1e6;
            long peak = 0;
            for (MemoryPoolMXBean pool : pools) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("PEAK_HEAP_MB=%.1f MAX_HEAP_MB=%.1f MILLIS=%.1f%n", peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0, millis);
        }
    }
}

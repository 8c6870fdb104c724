package dev.ormshell.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * How long one side of a step took, how many operations it did, and the most heap the JVM
 * held meanwhile (to show that memory stays flat as N grows).
 */
record Measurement(long operations, long nanos, long peakHeapBytes) {

    interface Work {
        long run() throws Exception;
    }

    static Measurement of(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long operations = work.run();
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measurement(operations, nanos, peak);
    }

    /** The run of middle duration (of an even count, the faster of the two in the middle). */
    static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted = runs.stream().sorted(java.util.Comparator.comparingLong(Measurement::nanos)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    double perSecond() {
        return operations * 1e9 / Math.max(1, nanos);
    }
}

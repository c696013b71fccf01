package org.planscore.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap in use during a measured phase: the largest "used before GC" that the collectors report (the heap is
 * fullest just before a collection), and the heap in use at the end. Also the GC time spent in the phase.
 */
final class HeapMeter implements AutoCloseable {

    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong peak = new AtomicLong();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
        }
    };
    private long gcMillisAtStart;

    HeapMeter() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
    }

    /** Collects what came before, then starts watching. */
    HeapMeter start() {
        System.gc();
        peak.set(heapUsed());
        gcMillisAtStart = gcMillis();
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        return this;
    }

    long peakBytes() {
        return Math.max(peak.get(), heapUsed());
    }

    long gcMillisSinceStart() {
        return gcMillis() - gcMillisAtStart;
    }

    static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    private static long heapUsed() {
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return usage.getUsed();
    }

    private long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (Exception ignored) {
                // already gone
            }
        }
    }
}

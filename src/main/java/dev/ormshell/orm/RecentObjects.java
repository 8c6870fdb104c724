package dev.ormshell.orm;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The objects a session loaded or saved most recently, held weakly (a variable of the user's
 * keeps one alive; nothing else does) and only the last few thousand, so that memory stays
 * flat however many rows pass through the session.
 */
final class RecentObjects {

    private final WeakReference<?>[] ring;
    private int next;

    RecentObjects(int capacity) {
        ring = new WeakReference<?>[capacity];
    }

    void add(Object entity) {
        ring[next] = new WeakReference<>(entity);
        next = (next + 1) % ring.length;
    }

    /** The objects still alive, each once. */
    List<Object> alive() {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> alive = new ArrayList<>();
        for (WeakReference<?> reference : ring) {
            Object entity = reference == null ? null : reference.get();
            if (entity != null && seen.add(entity)) {
                alive.add(entity);
            }
        }
        return alive;
    }

    void clear() {
        java.util.Arrays.fill(ring, null);
        next = 0;
    }
}

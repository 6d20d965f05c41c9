package ru.nko42.portal.search.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers given from one view of the index, the most recently used kept: the same search (the home page's,
 * a municipality's list) costs nothing the second time. It lives and dies with its view, so a commit never leaves
 * a stale answer behind.
 */
final class ResultCache {

    private final int capacity;
    private final Map<Object, Object> answers;

    /** A cache of at most {@code capacity} answers; none with 0. */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /**
     * The answer kept for the key, or the one computed (and kept) now. Two threads asking the same at once may
     * both compute it: the computation is never done under the lock.
     *
     * @param key anything with value equality (a record of the request and what else the answer depends on)
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        Object kept;
        synchronized (answers) {
            kept = answers.get(key);
        }
        if (kept != null) {
            return (T) kept;
        }
        T answer = compute.get();
        synchronized (answers) {
            answers.put(key, answer);
        }
        return answer;
    }
}

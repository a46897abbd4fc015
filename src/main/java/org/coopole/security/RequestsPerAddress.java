package org.coopole.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} requests per client address within a sliding window, kept in memory on this node. */
public final class RequestsPerAddress {

    private static final int MAX_ADDRESSES = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public RequestsPerAddress(int limit, Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    RequestsPerAddress(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request from the address; false when it is over the limit (it is then not counted). */
    public boolean tryAcquire(String address) {
        String key = address == null ? "" : address;
        Instant now = clock.instant();
        if (recent.size() > MAX_ADDRESSES) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(window));
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

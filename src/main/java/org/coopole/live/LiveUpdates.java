package org.coopole.live;

import org.coopole.common.PoleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The screens open on this node that want to hear of a change: each subscribes to a topic in its pole (one subject,
 * or all), and is called on a thread of its own for each signal that concerns it, to read again what it shows.
 */
@Component
public class LiveUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    /** One listener, until removed. */
    public interface Subscription {
        void remove();
    }

    private record Listener(Topic topic, UUID pole, UUID subject, Consumer<Signal> callback) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Calls {@code callback} for each signal of this topic in this pole, about this subject ({@code null}: any), and
     * for each "anything may have changed" after this node was cut off from the database.
     */
    public Subscription subscribe(Topic topic, PoleId pole, UUID subject, Consumer<Signal> callback) {
        Listener listener = new Listener(topic, pole.value(), subject, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many screens listen on this node. */
    public int listening() {
        return listeners.size();
    }

    void dispatch(Signal signal) {
        for (Listener listener : listeners) {
            if (signal.concerns(listener.topic(), listener.pole(), listener.subject())) {
                calls.execute(() -> {
                    try {
                        listener.callback().accept(signal);
                    } catch (RuntimeException e) {
                        log.warn("A screen could not take a live update of {}", signal.topic(), e);
                    }
                });
            }
        }
    }

    /** After missed signals: every screen reads again. */
    void everythingMayHaveChanged() {
        for (Topic topic : Topic.values()) {
            dispatch(new Signal(topic, null, null));
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}

package org.coopole.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account (the email typed, whether or not it exists, so that the pause tells nothing
 * about accounts) and per address, over a sliding window. Past the limit, every attempt is refused until the
 * oldest failure leaves the window — even with the right password. Kept in memory: a restart forgets it.
 */
@Component
public class SignInThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(@Value("${coopole.sign-in.max-failures-per-account:5}") int maxPerAccount,
                   @Value("${coopole.sign-in.max-failures-per-address:20}") int maxPerAddress,
                   @Value("${coopole.sign-in.window:15m}") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    SignInThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether an attempt for this account from this address must be refused without checking the password. */
    public boolean isThrottled(String email, String address) {
        return count(accountKey(email)) >= maxPerAccount || count(addressKey(address)) >= maxPerAddress;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> kept = prune(times == null ? new ArrayDeque<>() : times, now);
                kept.addLast(now);
                return kept;
            });
        }
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private int count(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfPresent(key, (k, kept) -> {
            Deque<Instant> pruned = prune(kept, now);
            return pruned.isEmpty() ? null : pruned;
        });
        return times == null ? 0 : times.size();
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.pollFirst();
        }
        return times;
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}

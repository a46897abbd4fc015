package org.coopole.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresForOneAccountPauseItWhateverTheCaseOfTheEmail() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("nadia@example.org", "10.0.0.1");
        }
        assertThat(throttle.isThrottled("nadia@example.org", "10.0.0.1")).isFalse();
        throttle.recordFailure("NADIA@example.org", "10.0.0.2");
        assertThat(throttle.isThrottled("nadia@example.org", "10.0.0.3")).isTrue();
        assertThat(throttle.isThrottled("louis@example.org", "10.0.0.3")).isFalse();
    }

    @Test
    void anEmailWithoutAnAccountIsPausedExactlyTheSameWay() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("nobody@nowhere.example", "10.0.0.1");
        }
        assertThat(throttle.isThrottled("nobody@nowhere.example", "10.0.0.9")).isTrue();
    }

    @Test
    void thePauseEndsWhenTheFailuresLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("nadia@example.org", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isThrottled("nadia@example.org", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isThrottled("nadia@example.org", "10.0.0.1")).isFalse();
    }

    @Test
    void oneAddressTryingManyAccountsIsPausedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("person" + i + "@example.org", "203.0.113.7");
        }
        assertThat(throttle.isThrottled("someone-new@example.org", "203.0.113.7")).isTrue();
        assertThat(throttle.isThrottled("someone-new@example.org", "203.0.113.8")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("nadia@example.org", "10.0.0.1");
        }
        throttle.recordSuccess("nadia@example.org");
        throttle.recordFailure("nadia@example.org", "10.0.0.1");
        assertThat(throttle.isThrottled("nadia@example.org", "10.0.0.1")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

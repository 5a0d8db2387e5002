package dev.mdmmcp.server.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BudgetBookTest {

    /** Kandji's published limits at the default share: 40 per second, 8,000 per hour. */
    private static final BudgetLimits KANDJI = new BudgetLimits(50, 10_000, 80);
    private static final long NOW = 1_800_000_000_000L;
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;

    private final BudgetBook book = new BudgetBook();

    private Reservation reserve(long now, long latest) {
        return book.reserve(KANDJI, now, latest);
    }

    @Test
    void aBurstIsPacedEvenlyOverTheSecondAndTheRestWaitsForTheWindowToMove() {
        List<Long> sendAt = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            Reservation reservation = reserve(NOW, NOW + 2 * SECOND);
            assertThat(reservation).isInstanceOf(Reservation.Granted.class);
            sendAt.add(((Reservation.Granted) reservation).sendAtMillis());
        }

        // Two per 50 ms: 40 per second, spread over the second rather than sent at once.
        for (int i = 0; i < 40; i++) {
            assertThat(sendAt.get(i)).isEqualTo(NOW + (i / 2) * 50L);
        }
        assertThat(sendAt.get(40)).isGreaterThanOrEqualTo(NOW + SECOND).isLessThanOrEqualTo(NOW + SECOND + 50);
    }

    @Test
    void aBurstBeyondTheLongestWaitIsRefusedWithWhenTheSecondFreesUp() {
        for (int i = 0; i < 40; i++) {
            reserve(NOW, NOW + SECOND);
        }

        Reservation refused = reserve(NOW, NOW + 500);

        assertThat(refused).isInstanceOf(Reservation.Refused.class);
        Reservation.Refused why = (Reservation.Refused) refused;
        assertThat(why.reason()).isEqualTo(Reservation.Reason.PER_SECOND);
        assertThat(why.retryAtMillis()).isGreaterThan(NOW + SECOND).isLessThanOrEqualTo(NOW + SECOND + 50);
    }

    @Test
    void noSlidingSecondEverHoldsMoreThanTheShareWhateverTheArrivals() {
        Random random = new Random(42);
        List<Long> sent = new ArrayList<>();
        long now = NOW;
        for (int i = 0; i < 5_000; i++) {
            now += random.nextInt(40);
            if (reserve(now, now + 2 * SECOND) instanceof Reservation.Granted granted) {
                sent.add(granted.sendAtMillis());
            }
        }

        sent.sort(Long::compare);
        int worst = 0;
        for (int start = 0, end = 0; end < sent.size(); end++) {
            while (sent.get(end) - sent.get(start) >= SECOND) {
                start++;
            }
            worst = Math.max(worst, end - start + 1);
        }
        assertThat(worst).isLessThanOrEqualTo(40);
        // Smoothing, not starving: the long-run rate stays close to the share.
        double perSecond = sent.size() * 1000.0 / (sent.get(sent.size() - 1) - sent.get(0));
        assertThat(perSecond).isBetween(36.0, 40.0);
    }

    @Test
    void aSpentHourIsRefusedUntilItsOldestRequestsLeaveTheWindow() {
        book.record(NOW - 30 * MINUTE, 7_999);

        assertThat(reserve(NOW, NOW)).isEqualTo(new Reservation.Granted(NOW));
        Reservation refused = reserve(NOW, NOW + 2 * SECOND);

        assertThat(refused).isInstanceOf(Reservation.Refused.class);
        Reservation.Refused why = (Reservation.Refused) refused;
        assertThat(why.reason()).isEqualTo(Reservation.Reason.PER_HOUR);
        // The minute bucket of the old requests leaves the counted window after one hour and one bucket.
        assertThat(why.retryAtMillis()).isBetween(NOW + 30 * MINUTE, NOW + 32 * MINUTE);
    }

    @Test
    void aVendorPauseHoldsEveryRequestUntilItsEnd() {
        book.capUntil(0, NOW + 5 * SECOND, true, NOW);

        Reservation refused = reserve(NOW, NOW + 2 * SECOND);
        Reservation afterPause = reserve(NOW, NOW + 6 * SECOND);

        assertThat(refused).isEqualTo(new Reservation.Refused(Reservation.Reason.VENDOR_PAUSE, NOW + 5 * SECOND));
        assertThat(afterPause).isEqualTo(new Reservation.Granted(NOW + 5 * SECOND));
    }

    @Test
    void aPauseIsNotLiftedByALaterAnswerWithoutA429() {
        book.capUntil(0, NOW + 5 * SECOND, true, NOW);

        book.capUntil(100, NOW + SECOND, false, NOW + 10);

        assertThat(reserve(NOW + 20, NOW + 20)).isInstanceOf(Reservation.Refused.class);
    }

    @Test
    void theVendorsOwnCountCapsTheRequestsLeft() {
        book.capUntil(2, NOW + 10 * SECOND, false, NOW);

        assertThat(reserve(NOW, NOW)).isInstanceOf(Reservation.Granted.class);
        assertThat(reserve(NOW, NOW)).isInstanceOf(Reservation.Granted.class);
        Reservation third = reserve(NOW, NOW + 2 * SECOND);

        assertThat(third).isEqualTo(new Reservation.Refused(Reservation.Reason.VENDOR_HEADROOM, NOW + 10 * SECOND));
    }

    @Test
    void stateShowsRemainingAndResetPerWindowAndTheVendorCap() {
        book.record(NOW - 10 * MINUTE, 100);
        reserve(NOW, NOW);
        book.capUntil(7, NOW + 30 * SECOND, false, NOW);

        BudgetState state = book.state(KANDJI, NOW);

        assertThat(state.windows().get(BudgetWindow.PER_SECOND)).isEqualTo(new BudgetState.WindowState(40, 39, 2));
        BudgetState.WindowState hour = state.windows().get(BudgetWindow.PER_HOUR);
        assertThat(hour.limit()).isEqualTo(8000);
        assertThat(hour.remaining()).isEqualTo(7899);
        assertThat(hour.resetSeconds()).isBetween(50 * 60L, 52 * 60L);
        assertThat(state.vendor()).isEqualTo(new BudgetState.WindowState(null, 7, 30));
        assertThat(state.toMeta()).isEqualTo(Map.of("budget", Map.of(
                "per_second", Map.of("limit", 40, "remaining", 39L, "reset", 2L),
                "per_hour", Map.of("limit", 8000, "remaining", 7899L, "reset", hour.resetSeconds()),
                "vendor", Map.of("remaining", 7L, "reset", 30L))));
    }

    @Test
    void anAccountWithoutPublishedLimitsIsOnlyHeldByTheVendor() {
        BudgetLimits none = new BudgetLimits(0, 0, 80);
        for (int i = 0; i < 1000; i++) {
            assertThat(book.reserve(none, NOW, NOW)).isEqualTo(new Reservation.Granted(NOW));
        }

        assertThat(book.state(none, NOW).isEmpty()).isTrue();
        assertThat(book.state(none, NOW).toMeta()).isEmpty();
    }

    @Test
    void anotherAccountOfTheTenantCountsAgainstTheShare() {
        BudgetLimits unlimited = new BudgetLimits(0, 0, 80);
        for (int i = 0; i < 40; i++) {
            book.reserve(unlimited, NOW, NOW);
        }

        assertThat(reserve(NOW, NOW)).isInstanceOf(Reservation.Refused.class);
    }

    @Test
    void theShareIsRoundedDownButNeverZero() {
        assertThat(KANDJI.allowed(BudgetWindow.PER_SECOND)).isEqualTo(40);
        assertThat(KANDJI.allowed(BudgetWindow.PER_HOUR)).isEqualTo(8000);
        assertThat(new BudgetLimits(3, 0, 80).allowed(BudgetWindow.PER_SECOND)).isEqualTo(2);
        assertThat(new BudgetLimits(1, 0, 10).allowed(BudgetWindow.PER_SECOND)).isEqualTo(1);
        assertThat(new BudgetLimits(1, 0, 10).allowed(BudgetWindow.PER_HOUR)).isZero();
    }
}

package dev.mdmmcp.server.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetBookTextTest {

    private static final BudgetLimits KANDJI = new BudgetLimits(50, 10_000, 80);
    private static final long NOW = 1_800_000_000_000L;

    /** Half an hour ago 7,000 requests, a burst now (some of it booked ahead), and a cap the vendor set. */
    private static BudgetBook busyBook() {
        BudgetBook book = new BudgetBook();
        book.record(NOW - 30 * 60_000L, 7_000);
        for (int i = 0; i < 50; i++) {
            book.reserve(KANDJI, NOW, NOW + 2_000);
        }
        book.capUntil(900, NOW + 600_000, false, NOW);
        book.reserve(KANDJI, NOW, NOW + 2_000);
        return book;
    }

    @Test
    void aBookReadBackBooksAndReportsExactlyLikeTheOriginal() {
        BudgetBook original = busyBook();
        BudgetBook copy = BudgetBookText.read(BudgetBookText.write(original));

        assertThat(BudgetBookText.write(copy)).isEqualTo(BudgetBookText.write(original));
        assertThat(copy.state(KANDJI, NOW + 100)).isEqualTo(original.state(KANDJI, NOW + 100));
        for (int i = 0; i < 40; i++) {
            assertThat(copy.reserve(KANDJI, NOW + 100, NOW + 3_000)).isEqualTo(original.reserve(KANDJI, NOW + 100, NOW + 3_000));
        }
    }

    @Test
    void aBusyBookIsAShortLine() {
        String text = BudgetBookText.write(busyBook());

        assertThat(text).startsWith("1|per_second=").contains("|per_hour=", "|cap=").hasSizeLessThan(300);
    }

    @Test
    void anEmptyBookIsJustTheFormat() {
        assertThat(BudgetBookText.write(new BudgetBook())).isEqualTo("1");
        assertThat(BudgetBookText.read("1").state(KANDJI, NOW).windows().get(BudgetWindow.PER_HOUR).remaining())
                .isEqualTo(8_000);
    }

    @Test
    void aVendorPauseSurvivesTheRoundTrip() {
        BudgetBook book = new BudgetBook();
        book.capUntil(0, NOW + 60_000, true, NOW);

        BudgetBook copy = BudgetBookText.read(BudgetBookText.write(book));

        assertThat(copy.reserve(KANDJI, NOW, NOW)).isEqualTo(new Reservation.Refused(Reservation.Reason.VENDOR_PAUSE,
                NOW + 60_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2|per_second=1:1", "1|per_day=1:1", "1|per_second=1", "1|per_second=x:1",
            "1|cap=1,2,3", "1|per_second"})
    void textThatNoBookWroteIsRefused(String text) {
        assertThatThrownBy(() -> BudgetBookText.read(text)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.mdmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void theCommandLineSetsEverySetting() {
        Main.Options options = Main.Options.parse(List.of("--vendor", "ninjaone", "--devices", "1200", "--seed", "7",
                "--port", "9001", "--host", "0.0.0.0", "--as-of", "2024-11-21T12:00:00Z", "--no-rate-limits"));

        assertThat(options.vendor()).isEqualTo("ninjaone");
        SimulatorSettings settings = options.settings();
        assertThat(settings.devices()).isEqualTo(1200);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.port()).isEqualTo(9001);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.resolvedAsOf()).isEqualTo(Instant.parse("2024-11-21T12:00:00Z"));
        assertThat(settings.rateLimits()).isFalse();
    }

    @Test
    void badCommandLinesNameWhatIsWrong() {
        assertThatThrownBy(() -> Main.Options.parse(List.of("--devices", "10")))
                .hasMessage("--vendor is required: one of kandji, ninjaone");
        assertThatThrownBy(() -> Main.Options.parse(List.of("--vendor", "jamf")))
                .hasMessage("unknown vendor 'jamf': one of kandji, ninjaone");
        assertThatThrownBy(() -> Main.Options.parse(List.of("--vendor", "kandji", "--devices", "lots")))
                .hasMessage("--devices needs a whole number, got 'lots'");
        assertThatThrownBy(() -> Main.Options.parse(List.of("--vendor", "kandji", "--devices", "0")))
                .hasMessage("devices must be from 1 to 100000, got 0");
        assertThatThrownBy(() -> Main.Options.parse(List.of("--vendor", "kandji", "--as-of", "yesterday")))
                .hasMessageContaining("--as-of needs an instant");
        assertThatThrownBy(() -> Main.Options.parse(List.of("--vendor", "kandji", "--colour", "red")))
                .hasMessage("unknown option '--colour'");
    }
}

package dev.mdmmcp.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.testing.LogCapture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text sent to the admin API cannot write a line into the log that looks like another. */
class AdminLogLinesTest extends ServerWithVendorTest {

    private LogCapture capture;

    @BeforeEach
    void captureLogs() {
        capture = LogCapture.of("dev.mdmmcp", "dev.mdmmcp");
    }

    @AfterEach
    void stopCapturing() {
        capture.close();
    }

    @Test
    void lineBreaksInNamesFieldsAndPathsNeverReachTheLog() {
        String forged = "\\n2026-01-01T00:00:00.000 INFO dev.mdmmcp.server.admin.AccountResource: forged";
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");

        server.admin("POST", "/integrated-account", "{\"integration\":\"acmemdm\",\"name\":\"a" + forged
                + "\",\"base_url\":\"" + vendor.baseUrl() + "\",\"credentials\":{\"api_token\":\"t\"}}");
        server.admin("PATCH", "/integrated-account/" + account, "{\"name\":\"b\\r" + forged + "\"}");
        server.admin("PATCH", "/integrated-account/" + account, "{\"x" + forged + "\":1}");
        server.admin("POST", "/integrated-account/" + account + "/mcp", "{\"name\":\"s" + forged + "\"}");
        server.admin("GET", "/integrated-account/%0D%0A2026-01-01T00:00:00.000%20INFO%20forged", null);
        server.admin("DELETE", "/integrated-account/" + account + "/mcp/%0Aforged", null);
        server.admin("PATCH", "/integrated-account/" + account, "{\"name\":\"renamed\"}");

        assertThat(capture.messages()).as("the admin change was logged").anyMatch(message -> message.contains(account));
        assertThat(capture.messages()).allSatisfy(message -> assertThat(message).doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("forged"));
    }
}

package dev.mdmmcp.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final Pages pages = new Pages();

    private static ConsentPage consent(String clientName, boolean allowsWrite) {
        return new ConsentPage(clientName, "claude.ai", "Fleet audit", "kandji", "acme-prod", allowsWrite,
                List.of("devices", "blueprints"), "6 Dec 2026, 14:00 UTC", "Alex Example", "alex@example.com", "req-1",
                "csrf-token-1");
    }

    @Test
    void theConsentPageNamesClientRedirectHostServerVendorAccountAccessTagsAndExpiry() {
        String html = pages.html(consent("Claude", true));

        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<dd id=\"client\">Claude <span class=\"muted\">(returns to claude.ai)</span></dd>",
                "<dd id=\"server\">Fleet audit</dd>",
                "<dd id=\"account\">kandji, account acme-prod</dd>",
                "<dd id=\"allows\">Read and change devices (read and write tools); only tools tagged devices, blueprints</dd>",
                "<dd id=\"expiry\">6 Dec 2026, 14:00 UTC</dd>",
                "<input type=\"hidden\" name=\"csrf\" value=\"csrf-token-1\">",
                "<input type=\"radio\" name=\"access\" value=\"read\" id=\"read-only\"> Read only");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void aReadOnlyServerOffersNoChoiceOfAccess() {
        String html = pages.html(consent("Claude", false));

        assertThat(html).contains("<dd id=\"allows\">Read only: it can look, not change; only tools tagged devices, blueprints</dd>",
                "<input type=\"hidden\" name=\"access\" value=\"read\">");
        assertThat(html).doesNotContain("type=\"radio\"");
    }

    @Test
    void aClientNameWithMarkupIsShownAsText() {
        String html = pages.html(consent("<script>alert(1)</script>\"Evil\"", true));

        assertThat(html).contains("<dd id=\"client\">&lt;script&gt;alert(1)&lt;/script&gt;\"Evil\" <span").doesNotContain("<script>");
    }

    @Test
    void myConnectionsListsEachGrantWithAFormThatEndsIt() {
        String html = pages.html(new ConnectionsPage("Alex Example", null, List.of(new ConnectionsPage.Connection("g-1",
                "Claude", "Fleet audit", "Read only", "6 Dec 2026, 13:00 UTC", "5 Jan 2027, 13:00 UTC")), "csrf-token-1"));

        assertThat(html).contains("<p><strong>Claude</strong> uses <strong>Fleet audit</strong></p>",
                "Read only · connected 6 Dec 2026, 13:00 UTC · until 5 Jan 2027, 13:00 UTC",
                "<input type=\"hidden\" name=\"grant\" value=\"g-1\">", "Signed in as Alex Example</p>");
    }

    @Test
    void aMessagePageSaysItsParagraphs() {
        String html = pages.html(Messages.refused("You are not on the list of people allowed to connect to \"Fleet\"."));

        assertThat(html).contains("<title>You are not on this server's list · mdm-mcp</title>",
                "<p>You are not on the list of people allowed to connect to \"Fleet\".</p>",
                "<p>No access was granted.</p>");
    }
}

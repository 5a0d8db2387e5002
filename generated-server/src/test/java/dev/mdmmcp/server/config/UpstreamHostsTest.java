package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.vendor.VendorProfile;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credentials go only to the vendor's hosts over https, or where the operator's list allows. */
class UpstreamHostsTest {

    private static final VendorProfile KANDJI = TestConfigs.catalogs().vendor("kandji").orElseThrow().profile();
    private static final VendorProfile NINJAONE = TestConfigs.catalogs().vendor("ninjaone").orElseThrow().profile();
    private static final String KANDJI_HOSTS = "base_url must name a host of kandji (*.api.kandji.io, *.api.eu.kandji.io), not '";
    private static final String ALLOW_MORE = " (the server's operator can allow more with allowed_upstream_hosts)";

    private static Optional<String> refusal(UpstreamHosts hosts, String url, VendorProfile vendor) {
        return hosts.refusal(BaseUrls.normalize(url).orElseThrow(), vendor);
    }

    @Test
    void theVendorsOwnHostsAreAcceptedOverHttpsOnly() {
        UpstreamHosts none = UpstreamHosts.NONE;

        assertThat(refusal(none, "https://acme.api.kandji.io", KANDJI)).isEmpty();
        assertThat(refusal(none, "https://ACME.api.eu.kandji.io/", KANDJI)).isEmpty();
        assertThat(refusal(none, "https://eu.ninjarmm.com", NINJAONE)).isEmpty();
        assertThat(refusal(none, "https://us2.ninjarmm.com", NINJAONE)).isEmpty();
        assertThat(refusal(none, "http://acme.api.kandji.io", KANDJI))
                .contains("base_url must use https for acme.api.kandji.io" + ALLOW_MORE);
        assertThat(refusal(none, "https://acme.api.kandji.io:8443", KANDJI))
                .contains("base_url must use the https port 443 for acme.api.kandji.io" + ALLOW_MORE);
        assertThat(refusal(none, "https://a.b.api.kandji.io", KANDJI)).contains(KANDJI_HOSTS + "a.b.api.kandji.io'" + ALLOW_MORE);
        assertThat(refusal(none, "https://api.kandji.io.evil.example", KANDJI))
                .contains(KANDJI_HOSTS + "api.kandji.io.evil.example'" + ALLOW_MORE);
        assertThat(refusal(none, "https://evil.ninjarmm.com", NINJAONE)).contains("base_url must name a host of ninjaone"
                + " (app.ninjarmm.com, eu.ninjarmm.com, oc.ninjarmm.com, ca.ninjarmm.com, us2.ninjarmm.com), not"
                + " 'evil.ninjarmm.com'" + ALLOW_MORE);
    }

    @Test
    void addressesAreRefusedUnlessTheOperatorListsThemAndOddFormsAlways() {
        UpstreamHosts none = UpstreamHosts.NONE;
        UpstreamHosts loopback = UpstreamHosts.of(List.of("loopback"));

        for (String url : List.of("http://127.0.0.1:8080", "http://[::1]:8080", "http://169.254.169.254/latest/meta-data",
                "https://10.0.0.5")) {
            assertThat(refusal(none, url, KANDJI)).as(url).isPresent();
        }
        assertThat(refusal(loopback, "http://127.0.0.1:8080", KANDJI)).isEmpty();
        assertThat(refusal(loopback, "http://127.9.9.9", KANDJI)).isEmpty();
        assertThat(refusal(loopback, "http://[::1]:8080", KANDJI)).isEmpty();
        assertThat(refusal(loopback, "http://localhost:8080", KANDJI)).isEmpty();
        assertThat(refusal(loopback, "http://169.254.169.254/latest/meta-data", KANDJI))
                .contains(KANDJI_HOSTS + "169.254.169.254'" + ALLOW_MORE);
        assertThat(refusal(loopback, "http://10.0.0.5", KANDJI)).isPresent();
        for (String host : List.of("0x7f000001", "2130706433", "0177.0.0.1", "127.1", "0x7f.0.0.1")) {
            String url = "http://" + host + ":8080";
            if (BaseUrls.normalize(url).isEmpty()) {
                continue; // not even a URL with a host to java.net.URI: refused before this check
            }
            assertThat(refusal(loopback, url, KANDJI)).as(host)
                    .contains("base_url's host '" + host + "' is an address written in another form than a.b.c.d: not accepted");
        }
        assertThat(BaseUrls.normalize("http://0x7f000001:8080")).as("the hex form parses as a host name").isPresent();
    }

    @Test
    void privateNetworksAndSingleHostsAreTheOperatorsToAllow() {
        UpstreamHosts hosts = UpstreamHosts.of(List.of("private", "169.254.169.254", "mdm.corp.example", "*.lab.example"));

        assertThat(refusal(hosts, "http://10.0.0.5", KANDJI)).isEmpty();
        assertThat(refusal(hosts, "http://192.168.1.20:8080", KANDJI)).isEmpty();
        assertThat(refusal(hosts, "http://169.254.169.254", KANDJI)).isEmpty();
        assertThat(refusal(hosts, "http://mdm.corp.example", KANDJI)).isEmpty();
        assertThat(refusal(hosts, "https://kandji.lab.example", KANDJI)).isEmpty();
        assertThat(refusal(hosts, "http://127.0.0.1", KANDJI)).as("loopback is not private").isPresent();
        assertThat(refusal(hosts, "https://a.kandji.lab.example", KANDJI)).isPresent();
    }

    @Test
    void anEntryOfNoKnownFormIsRefusedByName() {
        for (String entry : List.of("http://127.0.0.1", "2130706433", "*.", "127.0.0.1:80", "any")) {
            if (entry.equals("any")) {
                assertThat(UpstreamHosts.of(List.of(entry)).entries()).containsExactly("any");
                continue;
            }
            assertThatThrownBy(() -> UpstreamHosts.of(List.of(entry))).as(entry).hasMessage("'" + entry
                    + "' is not loopback, private, an IP address (a.b.c.d or [v6]), a host name or *.domain");
        }
    }

    @Test
    void theConfigurationTakesAListOrACommaSeparatedValueFromTheEnvironment() {
        ServerConfig fromFile = ServerConfig.fromYaml("allowed_upstream_hosts: [loopback, private]\n", java.util.Map.of(),
                TestConfigs.catalogs());
        ServerConfig fromEnvironment = ServerConfig.fromYaml("", java.util.Map.of("MDM_MCP_ALLOWED_UPSTREAM_HOSTS",
                "loopback, mdm.corp.example"), TestConfigs.catalogs());

        assertThat(fromFile.managed().upstreamHosts().entries()).containsExactly("loopback", "private");
        assertThat(fromEnvironment.managed().upstreamHosts().entries()).containsExactly("loopback", "mdm.corp.example");
        assertThatThrownBy(() -> ServerConfig.fromYaml("allowed_upstream_hosts: [\"http://x\"]\n", java.util.Map.of(),
                TestConfigs.catalogs())).hasMessageContaining("allowed_upstream_hosts 'http://x' is not loopback, private");
    }
}

package dev.mdmmcp.server.signin;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.mdmmcp.server.TestServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the running server, as a browser goes through it (cookies kept, redirects
 * followed by hand): the authorization server hands a pending authorization to
 * {@code /signin/authorize}, the person signs in at a real OpenID Connect provider on loopback,
 * the server checks its allowed people and shows the consent page, whose form answers the client.
 */
class SignInFlowTest {

    private static final String REDIRECT = "http://127.0.0.1:9/callback";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">");

    private static WireMockServer vendor;
    private static TestIdentityProvider idp;
    private static TestServer server;
    private static String serverUrl;
    private static String clientId;

    private HttpClient browser;

    @BeforeAll
    static void startVendorProviderAndServer() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        idp = new TestIdentityProvider();
        server = TestServer.start(TestServer.yaml(vendor.baseUrl()) + """
                oauth:
                  identity_provider:
                    issuer: %s
                    client_id: %s
                    client_secret: %s
                """.formatted(idp.issuer(), TestIdentityProvider.CLIENT_ID, TestIdentityProvider.CLIENT_SECRET),
                Clock.systemUTC());
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"mdm-secret\"}");
        serverUrl = server.createServer(account, """
                {"name":"fleet audit","auth":"oauth","config":{"tags":["devices"]},
                 "allowed":{"emails":["alex@example.com"],"groups":["mdm-admins"]}}""").get("url").asText();
        HttpResponse<String> registered = server.admin("POST", "/oauth/register", """
                {"client_name":"Test client","redirect_uris":["%s"],"token_endpoint_auth_method":"none"}"""
                .formatted(REDIRECT), null);
        clientId = json(registered).get("client_id").asText();
    }

    @AfterAll
    static void stopAll() {
        server.close();
        idp.close();
        vendor.stop();
    }

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void anAllowedPersonSignsInSeesTheConsentPageAndTheClientGetsACodeForAReadOnlyGrant() throws Exception {
        idp.nextSignIn("sub-alex", "Alex@Example.com", List.of());
        HttpResponse<String> consent = signInAndFollow(authorize());

        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.headers().firstValue("Content-Security-Policy")).contains(Pages.CONTENT_SECURITY_POLICY);
        assertThat(consent.body()).contains("<dd id=\"client\">Test client <span class=\"muted\">(returns to 127.0.0.1)</span></dd>",
                "<dd id=\"server\">fleet audit</dd>", "<dd id=\"account\">acmemdm, account test account</dd>",
                "Read and change devices (read and write tools); only tools tagged devices",
                "Signed in as Alex Example (Alex@Example.com)");
        assertThat(consent.body()).doesNotContain(TestIdentityProvider.CLIENT_SECRET);

        HttpResponse<String> answer = post("/signin/consent", form(consent.body(), "access", "read", "decision", "approve"));

        assertThat(answer.statusCode()).isEqualTo(303);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(REDIRECT + "?");
        assertThat(param(back, "code")).isNotBlank();
        assertThat(param(back, "state")).isEqualTo("state-1");
    }

    @Test
    void aSignedInBrowserGoesStraightToConsentTheNextTime() throws Exception {
        idp.nextSignIn("sub-alex", "alex@example.com", List.of());
        signInAndFollow(authorize());

        HttpResponse<String> again = get(URI.create(redirectOf(authorize()).toString()));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("<dd id=\"server\">fleet audit</dd>");
    }

    @Test
    void denyingSendsTheClientAccessDenied() throws Exception {
        idp.nextSignIn("sub-alex", "alex@example.com", List.of());
        HttpResponse<String> consent = signInAndFollow(authorize());

        HttpResponse<String> answer = post("/signin/consent", form(consent.body(), "decision", "deny"));

        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(param(back, "error")).isEqualTo("access_denied");
        assertThat(param(back, "code")).isNull();
    }

    @Test
    void aPersonInAnAllowedGroupMayConnect() throws Exception {
        idp.nextSignIn("sub-sam", "sam@elsewhere.test", List.of("staff", "mdm-admins"));

        assertThat(signInAndFollow(authorize()).body()).contains("<dd id=\"server\">fleet audit</dd>");
    }

    @Test
    void aPersonOutsideTheAllowedListIsToldWhyAndNoConsentIsOffered() throws Exception {
        idp.nextSignIn("sub-mallory", "mallory@elsewhere.test", List.of("staff"));
        URI pending = redirectOf(authorize());

        HttpResponse<String> refused = signInAndFollow(pending);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>You are not on this server's list</h1>",
                "<p>You are not on the list of people allowed to connect to \"fleet audit\". Your e-mail address"
                        + " mallory@elsewhere.test is not on it, and neither is its domain. None of your groups (staff) is on"
                        + " it either. Ask the server's administrator to add you.</p>",
                "<p>No access was granted.</p>");
        assertThat(refused.body()).doesNotContain("<form");
        assertThat(server.grants().pending(param(pending, "request"))).as("the request is not answered").isPresent();
    }

    @Test
    void aConsentFormPostedWithoutItsCsrfTokenGrantsNothing() throws Exception {
        idp.nextSignIn("sub-alex", "alex@example.com", List.of());
        URI pending = redirectOf(authorize());
        HttpResponse<String> consent = signInAndFollow(pending);
        String withoutToken = form(consent.body(), "access", "read", "decision", "approve").replaceAll("csrf=[^&]*&?", "");
        String wrongToken = form(consent.body(), "access", "read", "decision", "approve")
                .replaceAll("csrf=[^&]*", "csrf=forged");

        for (String body : List.of(withoutToken, wrongToken)) {
            HttpResponse<String> answer = post("/signin/consent", body);

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Location")).isEmpty();
            assertThat(answer.body()).contains("<h1>This form was not accepted</h1>", "<p>It did not come from the page"
                    + " this server showed you in this browser (its security token is missing or wrong), so nothing was"
                    + " granted or changed.</p>");
        }
        assertThat(server.grants().pending(param(pending, "request"))).as("the request is not answered").isPresent();
    }

    @Test
    void aConsentFormFromAnotherBrowserGrantsNothing() throws Exception {
        idp.nextSignIn("sub-alex", "alex@example.com", List.of());
        HttpResponse<String> consent = signInAndFollow(authorize());
        newBrowser();

        HttpResponse<String> answer = post("/signin/consent", form(consent.body(), "access", "read", "decision", "approve"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("<h1>You are no longer signed in</h1>");
    }

    @Test
    void anUnknownRequestIdSaysTheLinkDoesNotWork() throws Exception {
        HttpResponse<String> page = get(URI.create(server.baseUrl() + "/signin/authorize?request=no-such-request"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<h1>This sign-in link does not work</h1>");
    }

    @Test
    void anIdentityProviderAnswerWithoutASignInUnderWayIsRefused() throws Exception {
        HttpResponse<String> page = get(URI.create(server.baseUrl() + "/signin/callback?code=stolen-code&state=s"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<h1>This sign-in cannot be finished</h1>").doesNotContain("stolen-code");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndLimitedToSignIn() throws Exception {
        idp.nextSignIn("sub-alex", "alex@example.com", List.of());
        HttpResponse<String> toProvider = get(redirectOf(authorize()));
        HttpResponse<String> callback = get(redirectOf(get(redirectOf(toProvider))));

        assertThat(callback.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(BrowserCookies.SESSION + "=").contains("Path=/signin", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure"));
    }

    /** Follows redirects from the sign-in URL through the provider and back, to the page shown at the end. */
    private HttpResponse<String> signInAndFollow(URI start) throws IOException, InterruptedException {
        HttpResponse<String> response = get(start);
        for (int hops = 0; hops < 6 && response.statusCode() / 100 == 3; hops++) {
            response = get(redirectOf(response));
        }
        return response;
    }

    private static URI authorize() {
        String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier()).getValue();
        String query = "response_type=code&client_id=" + encode(clientId) + "&redirect_uri=" + encode(REDIRECT)
                + "&state=state-1&code_challenge=" + challenge + "&code_challenge_method=S256&resource=" + encode(serverUrl);
        return URI.create(server.baseUrl() + "/oauth/authorize?" + query);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page's hidden fields plus the given name/value pairs, form-encoded. */
    private static String form(String page, String... pairs) {
        StringBuilder body = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            if (!hidden.group(1).equals("access")) {
                body.append(body.isEmpty() ? "" : "&").append(hidden.group(1)).append('=').append(encode(hidden.group(2)));
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&').append(pairs[i]).append('=').append(encode(pairs[i + 1]));
        }
        return body.toString();
    }

    private URI redirectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(301, 303);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private URI redirectOf(URI request) throws IOException, InterruptedException {
        return redirectOf(get(request));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String param(URI uri, String name) {
        List<String> values = URLUtils.parseParameters(uri.getRawQuery()).get(name);
        return values == null ? null : values.get(0);
    }
}

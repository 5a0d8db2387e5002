package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.it.support.browser.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person connects the official TypeScript SDK client ({@code src/test/node/clients/
 * ts-sdk-oauth-client.mjs}) to an OAuth-protected server the way a Claude connector does: the
 * client discovers the authorization server from the 401, registers (Client ID Metadata Document
 * served on loopback, or Dynamic Client Registration), and sends the person to sign in; real
 * headless Chromium signs in at the OpenID Connect provider and allows on the consent page; the
 * client exchanges the code, calls tools and refreshes its tokens. The call history names the
 * person, and no code, token or secret shows up in the server's logs or pages.
 */
class OAuthSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FLOW_LIMIT = Duration.ofSeconds(180);

    @TempDir
    static Path home;
    private static SignInWorld world;
    private static final List<String> secretsSeen = new ArrayList<>();
    private static final List<String> pagesSeen = new ArrayList<>();

    @BeforeAll
    static void start() {
        world = SignInWorld.start();
        secretsSeen.addAll(List.of(SignInWorld.IDP_CLIENT_SECRET, SignInWorld.KANDJI_TOKEN, SignInWorld.ADMIN_TOKEN));
    }

    @AfterAll
    static void noSecretInLogsOrPages() {
        try {
            String logs = world.logs();
            assertThat(logs).as("the run logged its sign-ins").contains("signed in at the identity provider");
            for (String secret : secretsSeen) {
                assertThat(logs).as("the logs must not contain a secret").doesNotContain(secret);
                for (String page : pagesSeen) {
                    assertThat(page).as("a page must not contain a secret").doesNotContain(secret);
                }
            }
        } finally {
            world.close();
        }
    }

    @Test
    void theTypeScriptSdkSignsInWithAClientIdMetadataDocumentServedOnLoopbackThenListsAndCallsTools() throws Exception {
        Path keystore = home.resolve("cimd-" + UUID.randomUUID() + ".p12");
        String password = UUID.randomUUID().toString();
        selfSignedLoopbackCertificate(keystore, password);

        JsonNode report = signInWithTheSdk("cimd", keystore.toString(), password);

        assertThat(report.path("clientIdIsMetadataUrl").asBoolean()).as(report.toString()).isTrue();
    }

    @Test
    void theTypeScriptSdkSignsInWithDynamicClientRegistrationThenListsAndCallsTools() throws Exception {
        JsonNode report = signInWithTheSdk("dcr");

        assertThat(report.path("clientIdIsMetadataUrl").asBoolean()).isFalse();
    }

    @Test
    void aPersonOutsideTheAllowedListIsToldWhyInTheBrowserAndTheClientGetsNoCode() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = signInForAClientThatIsNeverAnswered(chromium, SignInWorld.OTHER_USER);

            String text = find(browser, By.tagName("main")).getText();
            assertThat(text).contains("You are not on this server's list", "You are not on the list of people allowed to"
                    + " connect to \"" + SignInWorld.SERVER_NAME + "\". Your e-mail address mallory@elsewhere.test is not"
                    + " on it, and neither is its domain.", "No access was granted.");
            assertThat(browser.getCurrentUrl()).startsWith(world.baseUrl() + "/signin/").doesNotContain("code=");
            browser.manage().timeouts().implicitlyWait(Duration.ZERO);
            assertThat(browser.findElements(By.tagName("form"))).isEmpty();
            pagesSeen.add(browser.getPageSource());
        }
    }

    @Test
    void aConsentFormWhoseCsrfTokenWasRemovedGrantsNothingInTheBrowser() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = signInForAClientThatIsNeverAnswered(chromium, SignInWorld.ALLOWED_USER);
            find(browser, By.id("approve"));
            pagesSeen.add(browser.getPageSource());

            ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=csrf]').remove()");
            find(browser, By.id("approve")).click();

            assertThat(headingAfterSubmit(browser)).isEqualTo("This form was not accepted");
            assertThat(browser.getCurrentUrl()).isEqualTo(world.baseUrl() + "/signin/consent");
        }
    }

    /** Opens a new authorization request of a client registered here and signs {@code user} in at the provider. */
    private static WebDriver signInForAClientThatIsNeverAnswered(HeadlessChromium chromium, String user) {
        String redirect = "http://127.0.0.1:9/never-reached";
        WebDriver browser = chromium.driver();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        browser.get(authorizeUrl(world.registerClient(redirect), redirect));
        signInAtTheProvider(browser, user);
        return browser;
    }

    /** Runs the SDK client, signs in and consents in Chromium, and checks what the client and the server report. */
    private static JsonNode signInWithTheSdk(String mode, String... certificate) throws Exception {
        Path handoff = Files.createTempDirectory(home, "handoff-");
        List<String> arguments = new ArrayList<>(List.of(world.serverUrl(), mode, KnownDevice.TOOL,
                "{\"device_id\":\"" + KnownDevice.DEVICE_ID + "\"}", handoff.toString()));
        arguments.addAll(List.of(certificate));
        NodeTooling node = NodeTooling.get();
        // A thread of its own: the common pool (one thread on two cores) also runs the server's work.
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        CompletableFuture<CommandRun> client = CompletableFuture.supplyAsync(() -> {
            try {
                return node.runScript("ts-sdk-oauth-client.mjs", FLOW_LIMIT, home, arguments.toArray(String[]::new));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, waiting);
        waiting.shutdown();
        long browserMillis;
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            browserMillis = signInAndConsent(chromium, awaitAuthorizationUrl(handoff.resolve("authorize-url"), client));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + (client.isDone() ? "\nthe client:\n" + client.get().describe() : ""), e);
        }
        CommandRun run = client.get(FLOW_LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode report = JSON.readTree(run.stdout());
        System.out.println("sign-in flow (" + mode + "): " + report.path("signInMs").asLong()
                + " ms from the client's first request to its connection with a token; " + browserMillis
                + " ms of it in the browser (provider sign-in and consent)");

        assertThat(report.path("codeChallengeMethod").asText()).isEqualTo("S256");
        assertThat(report.path("resource").asText()).isEqualTo(world.serverUrl());
        assertThat(report.path("stateRoundTrip").asBoolean()).isTrue();
        assertThat(report.path("toolCount").asInt()).as(report.toString()).isPositive();
        assertThat(report.path("readOnlyTools").asBoolean()).isTrue();
        assertThat(report.path("callIsError").asBoolean()).as(report + "\n" + world.logs()).isFalse();
        assertThat(report.path("callText").asText()).contains(KnownDevice.SERIAL);
        assertThat(report.path("refresh").asText()).isEqualTo("AUTHORIZED");
        assertThat(report.path("accessTokenRotated").asBoolean()).isTrue();
        assertThat(report.path("refreshTokenRotated").asBoolean()).isTrue();
        assertThat(report.path("toolCountAfterRefresh").asInt()).isEqualTo(report.path("toolCount").asInt());
        JsonNode call = lastCall();
        assertThat(call.path("tool").asText()).isEqualTo(KnownDevice.TOOL);
        assertThat(call.at("/person/email").asText()).isEqualTo(SignInWorld.ALLOWED_EMAIL);
        assertThat(call.at("/person/subject").asText()).isEqualTo("sub-" + SignInWorld.ALLOWED_USER);
        JSON.readTree(handoff.resolve("secrets.json").toFile()).forEach(secret -> secretsSeen.add(secret.asText()));
        return report;
    }

    /** The heading of the page a form submission led to (the old page's heading goes stale meanwhile). */
    private static String headingAfterSubmit(WebDriver browser) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String heading = "";
        while (System.nanoTime() < deadline && !browser.getCurrentUrl().endsWith("/signin/consent")) {
            Thread.sleep(100);
        }
        while (System.nanoTime() < deadline) {
            try {
                heading = browser.findElement(By.tagName("h1")).getText();
                if (!heading.startsWith("Allow ")) {
                    return heading;
                }
            } catch (StaleElementReferenceException e) {
                // the consent page is being replaced
            }
            Thread.sleep(100);
        }
        return heading;
    }

    /** The newest entry of the call history, once it is written (the history is recorded in the background). */
    private static JsonNode lastCall() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode calls = world.calls();
        while (calls.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            calls = world.calls();
        }
        assertThat(calls).as("the call history").isNotEmpty();
        return calls.get(0);
    }

    /** Signs the allowed person in at the provider and allows on the consent page; returns the milliseconds it took. */
    private static long signInAndConsent(HeadlessChromium chromium, String authorizeUrl) {
        long started = System.nanoTime();
        WebDriver browser = chromium.driver();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        browser.get(authorizeUrl);
        signInAtTheProvider(browser, SignInWorld.ALLOWED_USER);
        assertThat(find(browser, By.id("server")).getText()).isEqualTo(SignInWorld.SERVER_NAME);
        assertThat(find(browser, By.id("allows")).getText()).isEqualTo("Read only: it can look, not change");
        assertThat(find(browser, By.id("client")).getText()).endsWith("(returns to 127.0.0.1)");
        pagesSeen.add(browser.getPageSource());
        find(browser, By.id("approve")).click();
        assertThat(find(browser, By.id("done")).getText()).startsWith("Signed in.");
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The provider's sign-in page: a user name, then its button. */
    private static void signInAtTheProvider(WebDriver browser, String user) {
        find(browser, By.name("username")).sendKeys(user);
        find(browser, By.cssSelector("input[type=submit]")).click();
    }

    /** The element, or a failure that says which page the browser is on instead. */
    private static WebElement find(WebDriver browser, By by) {
        try {
            return browser.findElement(by);
        } catch (NoSuchElementException e) {
            throw new AssertionError("no " + by + " on " + browser.getCurrentUrl() + ":\n"
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    private static String awaitAuthorizationUrl(Path file, CompletableFuture<CommandRun> client) throws Exception {
        long deadline = System.nanoTime() + FLOW_LIMIT.toNanos();
        while (!Files.exists(file)) {
            if (client.isDone()) {
                throw new AssertionError("the client ended before asking for a sign-in:\n" + client.get().describe());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the client did not ask for a sign-in within " + FLOW_LIMIT);
            }
            Thread.sleep(50);
        }
        return Files.readString(file);
    }

    /** An authorization request as a client sends it (PKCE S256, state, resource), for a client registered here. */
    private static String authorizeUrl(String clientId, String redirect) {
        Map<String, String> parameters = Map.of("response_type", "code", "client_id", clientId, "redirect_uri", redirect,
                "state", "state-1", "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "code_challenge_method", "S256", "resource", world.serverUrl());
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return world.baseUrl() + "/oauth/authorize?" + query;
    }

    /** A PKCS#12 key store with a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private static void selfSignedLoopbackCertificate(Path keystore, String password) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        CommandRun run = CommandRun.run(List.of(keytool.toString(), "-genkeypair", "-alias", "cimd", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password),
                home, Map.of(), Duration.ofSeconds(60));
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }
}

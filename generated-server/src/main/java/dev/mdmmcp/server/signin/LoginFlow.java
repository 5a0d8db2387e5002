package dev.mdmmcp.server.signin;

/**
 * One sign-in at the identity provider under way, kept sealed in the browser between the
 * redirect to the provider and its answer: the values the answer and the ID token must match,
 * and where the person goes afterwards.
 *
 * @param state the {@code state} the provider must send back
 * @param nonce the {@code nonce} the ID token must carry
 * @param codeVerifier the PKCE verifier of the code challenge sent to the provider
 * @param returnTo the path under {@code /signin} to continue at, e.g. {@code /signin/authorize?request=...}
 */
record LoginFlow(String state, String nonce, String codeVerifier, String returnTo) {
}

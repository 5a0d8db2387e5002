package dev.mdmmcp.server.signin;

/** The sign-in pages' messages, in plain words. */
final class Messages {

    static final MessagePage UNKNOWN_REQUEST = MessagePage.of("This sign-in link does not work",
            "The request to connect is unknown, has expired (you have ten minutes) or was answered already.",
            "Go back to your application and connect again.");
    static final MessagePage NO_IDENTITY_PROVIDER = MessagePage.of("Sign-in is not set up",
            "This server has no identity provider to sign you in with. Its administrator sets one in the configuration"
                    + " (oauth.identity_provider: issuer, client_id, client_secret).");
    static final MessagePage NO_SIGN_IN_UNDER_WAY = MessagePage.of("This sign-in cannot be finished",
            "It was started in another browser, or more than ten minutes ago.",
            "Go back to your application and connect again.");
    static final MessagePage SESSION_ENDED = MessagePage.of("You are no longer signed in",
            "Your sign-in in this browser has ended. Nothing was changed.",
            "Go back to your application and connect again.");
    static final MessagePage FORGED_FORM = MessagePage.of("This form was not accepted",
            "It did not come from the page this server showed you in this browser (its security token is missing or"
                    + " wrong), so nothing was granted or changed.",
            "Go back to your application and connect again.");
    static final MessagePage UNKNOWN_GRANT = MessagePage.of("No such connection",
            "This connection does not exist, or is not yours. It may have ended already.");
    static final MessagePage SIGNED_OUT = MessagePage.of("You are signed out",
            "You are signed out of this server in this browser. Your connections keep working until you end them under"
                    + " My connections.");

    private Messages() {
    }

    static MessagePage refused(String why) {
        return MessagePage.of("You are not on this server's list", why, "No access was granted.");
    }
}

package dev.mdmmcp.server.result;

import java.time.Duration;

/** Why no (complete) answer came from a vendor, as facts; {@link FailureMessages} says it. */
public sealed interface NoResponseCause {

    /** What the caller may assume about the request. */
    enum Kind {
        /** Connected, but no (complete) answer in time; the request may have been carried out. */
        TIMEOUT(Outcome.TIMEOUT),
        /** The connection broke after the request may have been sent. */
        BROKEN(Outcome.CONNECTION_BROKEN),
        /** No connection was made; the request was not sent. */
        UNREACHABLE(Outcome.UNREACHABLE);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    Kind kind();

    /** No complete answer within the read timeout. */
    record ReadTimeout(Duration read) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.TIMEOUT;
        }
    }

    /** The waiting thread was interrupted (the server is stopping). */
    record Interrupted() implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.TIMEOUT;
        }
    }

    /** No connection within the connect timeout. */
    record ConnectTimeout(String hostAndPort, Duration connect) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.UNREACHABLE;
        }
    }

    /** The vendor's host name does not resolve. */
    record UnknownHost(String host) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.UNREACHABLE;
        }
    }

    /** The vendor's host refused the connection. */
    record Refused(String hostAndPort) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.UNREACHABLE;
        }
    }

    /** The connection broke; {@code detail} is what the network stack said (e.g. {@code Connection reset}). */
    record Broken(String detail) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.BROKEN;
        }
    }

    /** Connecting failed some other way; {@code detail} is what the network stack said. */
    record ConnectFailed(String detail) implements NoResponseCause {

        @Override
        public Kind kind() {
            return Kind.UNREACHABLE;
        }
    }
}

package dev.mdmmcp.simulator.http;

/**
 * An error answer of a simulated vendor: the status and the human message. Each vendor wraps
 * the message in its own error body (see {@link SimulatedServer}).
 */
public final class VendorError extends RuntimeException {

    private final int status;

    public VendorError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static VendorError badRequest(String message) {
        return new VendorError(400, message);
    }

    public static VendorError notFound(String message) {
        return new VendorError(404, message);
    }

    public int status() {
        return status;
    }
}

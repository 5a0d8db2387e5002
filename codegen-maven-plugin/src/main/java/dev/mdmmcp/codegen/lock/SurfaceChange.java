package dev.mdmmcp.codegen.lock;

/**
 * One change of a tool surface.
 *
 * @param tool the tool it concerns
 * @param what the change, e.g. {@code argument os_version: type string -> integer}
 * @param breaksModel whether a model's calls that worked may now fail or mean something else
 * @param breaksConfigurations whether saved client or server configurations (tool names, tag and
 *     method filters) may now select something else
 */
public record SurfaceChange(String tool, String what, boolean breaksModel, boolean breaksConfigurations) {

    /** {@code breaking for a model and for saved configurations}, or {@code not breaking}. */
    public String impact() {
        if (breaksModel && breaksConfigurations) {
            return "breaking for a model and for saved configurations";
        }
        if (breaksModel) {
            return "breaking for a model";
        }
        return breaksConfigurations ? "breaking for saved configurations" : "not breaking";
    }

    public boolean isBreaking() {
        return breaksModel || breaksConfigurations;
    }
}

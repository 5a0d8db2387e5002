package dev.mdmmcp.codegen.drift;

import java.util.List;
import java.util.Map;

/**
 * What changed upstream for one vendor's tools, as the drift report says it.
 *
 * @param vendor the vendor
 * @param newer the newer descriptions compared, as given
 * @param tools per tool (in tools.yaml order), what changed for it upstream; tools without change are absent
 * @param newEndpoints {@code GET /path (Tag)}: operations new in the tags our tools use
 * @param skippedCorrections overlay actions of published-overlay.yaml that no longer apply
 */
public record DriftReport(
        String vendor,
        List<String> newer,
        Map<String, List<String>> tools,
        List<String> newEndpoints,
        List<String> skippedCorrections) {

    public boolean hasDrift() {
        return !tools.isEmpty() || !newEndpoints.isEmpty() || !skippedCorrections.isEmpty();
    }

    /** The report as printed: per tool its changes, then new endpoints and corrections that no longer apply. */
    public String text() {
        StringBuilder text = new StringBuilder("drift of ").append(vendor).append(" against ")
                .append(String.join(", ", newer)).append('\n');
        tools.forEach((tool, changes) -> {
            text.append("  ").append(tool).append('\n');
            changes.forEach(change -> text.append("    ").append(change).append('\n'));
        });
        if (!newEndpoints.isEmpty()) {
            text.append("  new endpoints in the tags our tools use\n");
            newEndpoints.forEach(endpoint -> text.append("    ").append(endpoint).append('\n'));
        }
        if (!skippedCorrections.isEmpty()) {
            text.append("  corrections of our overlay that no longer apply\n");
            skippedCorrections.forEach(action -> text.append("    ").append(action).append('\n'));
        }
        text.append("  ").append(tools.size()).append(tools.size() == 1 ? " tool" : " tools").append(" drifted, ")
                .append(newEndpoints.size()).append(newEndpoints.size() == 1 ? " new endpoint" : " new endpoints");
        if (!skippedCorrections.isEmpty()) {
            text.append(", ").append(skippedCorrections.size()).append(" stale correction")
                    .append(skippedCorrections.size() == 1 ? "" : "s");
        }
        return text.append('\n').toString();
    }
}

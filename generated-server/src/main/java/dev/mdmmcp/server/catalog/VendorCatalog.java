package dev.mdmmcp.server.catalog;

import dev.mdmmcp.vendor.VendorProfile;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tools of one vendor, checked and with their schemas loaded.
 *
 * @param profile the vendor-wide facts
 * @param tools the tools in catalog order
 */
public record VendorCatalog(VendorProfile profile, List<ToolEntry> tools) {

    public VendorCatalog {
        tools = List.copyOf(tools);
    }

    public String vendorId() {
        return profile.id();
    }

    public Optional<ToolEntry> tool(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every tag some tool of this vendor carries, sorted. */
    public SortedSet<String> tags() {
        SortedSet<String> tags = new TreeSet<>();
        tools.forEach(t -> tags.addAll(t.descriptor().tags()));
        return tags;
    }
}

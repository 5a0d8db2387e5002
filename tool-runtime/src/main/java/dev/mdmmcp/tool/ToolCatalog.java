package dev.mdmmcp.tool;

import dev.mdmmcp.vendor.VendorProfile;
import java.util.List;

/**
 * The tools of one vendor, generated from its {@code specs/<vendor>/} folder. Catalogs are
 * found with {@link java.util.ServiceLoader}, so a new vendor needs no runtime change.
 */
public interface ToolCatalog {

    VendorProfile vendor();

    /** The tools, in the order of the vendor's documentation records. */
    List<VendorTool<?>> tools();
}

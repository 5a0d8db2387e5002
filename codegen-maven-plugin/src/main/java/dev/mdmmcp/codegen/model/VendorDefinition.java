package dev.mdmmcp.codegen.model;

import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code vendor.yaml}, checked: the runtime's own profile and paging-style values, which the
 * emitted vendor class rebuilds as constants.
 *
 * @param pagingStyles the paging styles by name, in file order
 */
public record VendorDefinition(VendorProfile profile, Map<String, PaginationStyle> pagingStyles) {

    public VendorDefinition {
        pagingStyles = Collections.unmodifiableMap(new LinkedHashMap<>(pagingStyles));
    }
}

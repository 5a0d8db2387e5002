package dev.mdmmcp.server.config;

import dev.mdmmcp.server.catalog.VendorCatalog;
import java.net.URI;

/**
 * One integrated vendor tenant.
 *
 * @param name the account's key under {@code accounts}
 * @param catalog the tools of the account's vendor
 * @param baseUrl the tenant's API base URL, without a trailing slash
 * @param credentials exactly the fields the vendor's auth style needs, plus optional ones given
 * @param upstream rate budget, concurrency, timeouts, response size limit and circuit breaker
 */
public record AccountConfig(String name, VendorCatalog catalog, URI baseUrl, Credentials credentials,
        UpstreamPolicy upstream) {

    public String vendorId() {
        return catalog.vendorId();
    }
}

package dev.mdmmcp.codegen;

import dev.mdmmcp.codegen.model.VendorModel;
import java.util.Optional;

/**
 * What a run did for one vendor.
 *
 * @param model the vendor's model, when it was generated; empty when it was up to date
 * @param filesChanged how many files were written or deleted
 */
public record VendorOutcome(String vendor, Optional<VendorModel> model, int filesChanged) {

    public boolean upToDate() {
        return model.isEmpty();
    }
}

package dev.mdmmcp.codegen.testing;

import dev.mdmmcp.codegen.GeneratorSettings;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.model.VendorModelBuilder;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.spec.VendorFolderReader;

/** Builds the model of a workspace's vendor without emitting anything. */
public final class Models {

    private Models() {
    }

    public static VendorModel build(Workspace workspace, String vendor) throws SpecProblemsException {
        Problems problems = new Problems();
        VendorModel model = new VendorFolderReader()
                .read(workspace.specs().resolve(vendor), "specs/" + vendor, problems)
                .flatMap(folder -> new VendorModelBuilder(GeneratorSettings.DEFAULT_BASE_PACKAGE).build(folder, problems))
                .orElse(null);
        problems.throwIfAny();
        return model;
    }

    public static ToolModel tool(VendorModel vendor, String name) {
        return vendor.tools().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tool " + name));
    }
}

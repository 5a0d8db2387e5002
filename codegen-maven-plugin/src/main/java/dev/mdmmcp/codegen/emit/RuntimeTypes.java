package dev.mdmmcp.codegen.emit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.palantir.javapoet.ClassName;
import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.PagedArguments;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.ToolHint;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.tool.WireValue;
import dev.mdmmcp.vendor.RateLimits;
import dev.mdmmcp.vendor.Timeouts;
import dev.mdmmcp.vendor.VendorProfile;

/**
 * The tool-runtime and Jackson types generated code refers to, taken from the classes themselves
 * so a rename in tool-runtime breaks this build, not the generated one.
 */
final class RuntimeTypes {

    static final ClassName TOOL_DESCRIPTOR = ClassName.get(ToolDescriptor.class);
    static final ClassName METHOD_CLASS = ClassName.get(MethodClass.class);
    static final ClassName TOOL_HINT = ClassName.get(ToolHint.class);
    static final ClassName VENDOR_TOOL = ClassName.get(VendorTool.class);
    static final ClassName TOOL_CATALOG = ClassName.get(ToolCatalog.class);
    static final ClassName PAGED_ARGUMENTS = ClassName.get(PagedArguments.class);
    static final ClassName WIRE_VALUE = ClassName.get(WireValue.class);
    static final ClassName HTTP_BINDING = ClassName.get(HttpBinding.class);
    static final ClassName HTTP_VERB = ClassName.get(HttpVerb.class);
    static final ClassName PARAMETER_LOCATION = ClassName.get(ParameterLocation.class);
    static final ClassName VENDOR_PROFILE = ClassName.get(VendorProfile.class);
    static final ClassName RATE_LIMITS = ClassName.get(RateLimits.class);
    static final ClassName TIMEOUTS = ClassName.get(Timeouts.class);
    static final ClassName STATIC_HEADER = ClassName.get(dev.mdmmcp.vendor.StaticHeader.class);
    static final ClassName BEARER_TOKEN_AUTH = ClassName.get(BearerTokenAuth.class);
    static final ClassName OAUTH2_CLIENT_CREDENTIALS_AUTH = ClassName.get(OAuth2ClientCredentialsAuth.class);
    static final ClassName API_KEY_HEADER_AUTH = ClassName.get(ApiKeyHeaderAuth.class);
    static final ClassName OFFSET_PAGINATION = ClassName.get(OffsetPagination.class);
    static final ClassName AFTER_ID_PAGINATION = ClassName.get(AfterIdPagination.class);
    static final ClassName CURSOR_PAGINATION = ClassName.get(CursorPagination.class);
    static final ClassName LOCAL_PAGINATION = ClassName.get(LocalPagination.class);
    static final ClassName JSON_PROPERTY = ClassName.get(JsonProperty.class);
    static final ClassName JSON_VALUE = ClassName.get(JsonValue.class);
    static final ClassName JSON_INCLUDE = ClassName.get(JsonInclude.class);
    static final ClassName JSON_INCLUDE_INCLUDE = ClassName.get(JsonInclude.Include.class);

    private RuntimeTypes() {
    }
}

package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.vendor.RateLimits;
import dev.mdmmcp.vendor.StaticHeader;
import dev.mdmmcp.vendor.VendorProfile;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the vendor class, e.g. {@code KandjiVendor}: one constant per paging style of
 * {@code vendor.yaml} (the tools' bindings refer to them) and the vendor's {@code PROFILE}.
 */
final class VendorClassEmitter {

    JavaFile emit(VendorModel vendor) {
        ClassName name = ClassName.get(vendor.packageName(), vendor.vendorClassName());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addJavadoc("$L: vendor-wide facts from {@code specs/$L/vendor.yaml}.\n",
                        Javadoc.text(vendor.profile().displayName()), vendor.id());
        for (PaginationStyle style : vendor.pagingStyles()) {
            type.addField(FieldSpec.builder(styleType(style), JavaNames.constantName(style.name()),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Paging style {@code $L}.\n", style.name())
                    .initializer(style(style))
                    .build());
        }
        type.addField(FieldSpec.builder(RuntimeTypes.VENDOR_PROFILE, "PROFILE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Who $L is to the runtime: auth style, published rate limits, timeouts.\n",
                        Javadoc.text(vendor.profile().displayName()))
                .initializer(profile(vendor.profile()))
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return JavaFile.builder(vendor.packageName(), type.build()).indent("    ").skipJavaLangImports(true).build();
    }

    private static ClassName styleType(PaginationStyle style) {
        return switch (style) {
            case OffsetPagination offset -> RuntimeTypes.OFFSET_PAGINATION;
            case AfterIdPagination afterId -> RuntimeTypes.AFTER_ID_PAGINATION;
            case CursorPagination cursor -> RuntimeTypes.CURSOR_PAGINATION;
            case LocalPagination local -> RuntimeTypes.LOCAL_PAGINATION;
        };
    }

    private static CodeBlock style(PaginationStyle style) {
        return switch (style) {
            case OffsetPagination s -> CodeBlock.of("new $T($S,$W$L,$W$S,$W$S,$W$L,$W$L)", RuntimeTypes.OFFSET_PAGINATION,
                    s.name(), location(s.in()), s.limitParameter(), s.offsetParameter(), s.defaultPageSize(), s.maxPageSize());
            case AfterIdPagination s -> CodeBlock.of("new $T($S,$W$L,$W$S,$W$S,$W$S,$W$L,$W$L)", RuntimeTypes.AFTER_ID_PAGINATION,
                    s.name(), location(s.in()), s.pageSizeParameter(), s.afterParameter(), s.idField(),
                    s.defaultPageSize(), s.maxPageSize());
            case CursorPagination s -> CodeBlock.of("new $T($S,$W$L,$W$S,$W$S,$W$S,$W$L,$W$L)", RuntimeTypes.CURSOR_PAGINATION,
                    s.name(), location(s.in()), s.pageSizeParameter(), s.cursorParameter(), s.nextCursorPointer(),
                    s.defaultPageSize(), s.maxPageSize());
            case LocalPagination s -> CodeBlock.of("new $T($S,$W$L,$W$L)", RuntimeTypes.LOCAL_PAGINATION,
                    s.name(), s.defaultPageSize(), s.maxPageSize());
        };
    }

    private static CodeBlock location(ParameterLocation location) {
        return CodeBlock.of("$T.$L", RuntimeTypes.PARAMETER_LOCATION, location.name());
    }

    private static CodeBlock profile(VendorProfile profile) {
        RateLimits limits = profile.rateLimits();
        CodeBlock rateLimits = limits.equals(RateLimits.UNPUBLISHED)
                ? CodeBlock.of("$T.UNPUBLISHED", RuntimeTypes.RATE_LIMITS)
                : CodeBlock.of("new $T($L, $L)", RuntimeTypes.RATE_LIMITS, limits.perSecond(), limits.perHour());
        return CodeBlock.builder()
                .add("new $T($>$>", RuntimeTypes.VENDOR_PROFILE)
                .add("\n$S,", profile.id())
                .add("\n$S,", profile.displayName())
                .add("\n$S,", profile.baseUrlTemplate())
                .add("\n$L,", auth(profile.auth()))
                .add("\n$L,", rateLimits)
                .add("\nnew $T($T.ofSeconds($L), $T.ofSeconds($L))", RuntimeTypes.TIMEOUTS,
                        Duration.class, profile.timeouts().connect().toSeconds(),
                        Duration.class, profile.timeouts().read().toSeconds())
                .add(trailingLists(profile))
                .add(")$<$<")
                .build();
    }

    /** The static headers, then the host patterns; a vendor without host patterns uses a shorter constructor. */
    private static CodeBlock trailingLists(VendorProfile profile) {
        if (profile.hostPatterns().isEmpty()) {
            return headers(profile.headers());
        }
        CodeBlock headers = profile.headers().isEmpty() ? CodeBlock.of(",\n$T.of()", List.class) : headers(profile.headers());
        CodeBlock.Builder list = CodeBlock.builder().add(headers).add(",\n$T.of(", List.class);
        for (int i = 0; i < profile.hostPatterns().size(); i++) {
            list.add(i == 0 ? "$S" : ", $S", profile.hostPatterns().get(i));
        }
        return list.add(")").build();
    }

    /** Nothing for a vendor without static headers (the profile's shorter constructor), else their list. */
    private static CodeBlock headers(List<StaticHeader> headers) {
        if (headers.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder list = CodeBlock.builder().add(",\n$T.of(", List.class);
        for (int i = 0; i < headers.size(); i++) {
            StaticHeader header = headers.get(i);
            list.add(i == 0 ? "$>\n" : ",\n");
            list.add(header.isPerAccount()
                    ? CodeBlock.of("$T.perAccount($S, $S, $L)", RuntimeTypes.STATIC_HEADER, header.name(), header.credential(), header.secret())
                    : CodeBlock.of("$T.fixed($S, $S)", RuntimeTypes.STATIC_HEADER, header.name(), header.value()));
        }
        return list.add(")$<").build();
    }

    private static CodeBlock auth(AuthStyle auth) {
        return switch (auth) {
            case BearerTokenAuth bearer -> CodeBlock.of("new $T()", RuntimeTypes.BEARER_TOKEN_AUTH);
            case OAuth2ClientCredentialsAuth oauth -> CodeBlock.of("new $T($S, $S)", RuntimeTypes.OAUTH2_CLIENT_CREDENTIALS_AUTH,
                    oauth.tokenPath(), oauth.defaultScope());
            case ApiKeyHeaderAuth apiKey -> CodeBlock.of("new $T($S)", RuntimeTypes.API_KEY_HEADER_AUTH, apiKey.headerName());
        };
    }
}

package dev.mdmmcp.server.admin;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code /grants}: the admin API of a person's grants, with the admin API's authentication and errors. */
public final class GrantAdminService implements HttpService {

    public static final String PATH = GrantResource.PATH;

    private final AdminService admin;

    public GrantAdminService(AdminService admin) {
        this.admin = admin;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(admin::authenticate)
                .get("/", admin.handle(admin.grants()::ofPerson))
                .delete("/{grantId}", admin.handle(admin.grants()::revoke));
    }
}

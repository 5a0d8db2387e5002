-- The rate budget of each vendor tenant, shared by every instance on this store: one row per
-- tenant, changed only while locked (SELECT ... FOR UPDATE), so instances book requests in turn.

CREATE TABLE rate_budget (
    -- the vendor id and the tenant's base URL
    tenant VARCHAR(2200) NOT NULL PRIMARY KEY,
    -- the requests booked per window bucket and the vendor's cap, as written by BudgetBookText
    book VARCHAR(32000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account attributes Elastic Path filters on, with the operators each allows. Source: Elastic Path's Account
 * Management OpenAPI description, "Get All Accounts", Filtering table (elasticpath/elasticpath-dev,
 * openapispecs/accounts/OpenAPISpec.yaml): {@code in} is listed for {@code id} only, not for the timestamps.
 */
enum AccountField {
    NAME("name", Kind.TEXT, "eq", "like"),
    LEGAL_NAME("legal_name", Kind.TEXT, "eq", "like"),
    REGISTRATION_ID("registration_id", Kind.TEXT, "eq", "like"),
    EXTERNAL_REF("external_ref", Kind.TEXT, "eq", "like"),
    ID("id", Kind.ID, "eq", "ge", "gt", "le", "lt", "in"),
    CREATED_AT("created_at", Kind.TIME, "eq", "ge", "gt", "le", "lt"),
    UPDATED_AT("updated_at", Kind.TIME, "eq", "ge", "gt", "le", "lt");

    /** How values of a field compare. */
    enum Kind {
        TEXT,
        /** Text, ordered by code point: the ordering {@code sort=id} uses, so {@code gt(id,last)} pages with it. */
        ID,
        /** A point in time, in {@code meta.timestamps}. */
        TIME
    }

    final String name;
    final Kind kind;
    final List<String> operators;

    AccountField(String name, Kind kind, String... operators) {
        this.name = name;
        this.kind = kind;
        this.operators = List.of(operators);
    }

    static Optional<AccountField> named(String name) {
        return Arrays.stream(values()).filter(field -> field.name.equals(name)).findFirst();
    }

    static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(field -> field.name).toList());
    }

    static final Set<String> OPERATORS = Set.of("eq", "like", "in", "gt", "ge", "lt", "le");

    /** The field's value in a stored account, as text; empty when absent or not text. */
    Optional<String> text(ObjectNode account) {
        JsonNode value =
                kind == Kind.TIME ? account.path("meta").path("timestamps").path(name) : account.path(name);
        return value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}

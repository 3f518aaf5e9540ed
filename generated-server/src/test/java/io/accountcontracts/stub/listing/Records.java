package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds stored records for the listing tests, and reads the links they answer with. */
final class Records {

    static final URI BASE = URI.create("http://127.0.0.1:8080/");

    private Records() {}

    /** An Elastic Path account as stored: the {@code data} object. */
    static ObjectNode account(String id, String name, String createdAt) {
        ObjectNode account = JsonNodeFactory.instance.objectNode();
        account.put("id", id).put("type", "account");
        if (name != null) {
            account.put("name", name);
        }
        account.put("legal_name", name == null ? null : name + " Ltd");
        ObjectNode timestamps = account.putObject("meta").putObject("timestamps");
        if (createdAt != null) {
            timestamps.put("created_at", createdAt).put("updated_at", createdAt);
        }
        account.putObject("links").put("self", "/v2/accounts/" + id);
        return account;
    }

    static ObjectNode managed(String token) {
        return JsonNodeFactory.instance.objectNode().put("token", token).put("name", "Account " + token);
    }

    /** The decoded query parameters of a link the stub answered with, in order. */
    static Map<String, String> query(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(link).getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

package io.accountcontracts.contract.junit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One record the stub holds, as a test reads it: a Vantage managed account, or an Elastic Path account (its
 * {@code data} object). A copy: changing the stub afterwards does not change it.
 */
public final class StoredRecord {

    private final Vendor vendor;
    private final ObjectNode json;

    StoredRecord(Vendor vendor, ObjectNode json) {
        this.vendor = vendor;
        this.json = json.deepCopy();
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Its id: Vantage's {@code token}, Elastic Path's {@code id}. */
    public String id() {
        return text(vendor == Vendor.VANTAGE ? "/token" : "/id");
    }

    /** The value at a JSON pointer, such as {@code "/name"}: a string as it is, anything else as JSON; null if none. */
    public String text(String pointer) {
        return JsonValues.textAt(json, pointer);
    }

    /** The value at a JSON pointer as plain Java (String, Number, Boolean, List, Map); null if none. */
    public Object get(String pointer) {
        return JsonValues.at(json, pointer);
    }

    /** The whole record as plain Java maps and lists. */
    public Map<String, Object> asMap() {
        return JsonValues.map(json);
    }

    /** The record as JSON text. */
    public String json() {
        return json.toString();
    }

    @Override
    public String toString() {
        return json();
    }
}

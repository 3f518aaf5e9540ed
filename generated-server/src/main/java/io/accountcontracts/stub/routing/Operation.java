package io.accountcontracts.stub.routing;

import io.accountcontracts.stub.errors.Vendor;
import java.util.Optional;

/**
 * Every operation the specs describe: the vendor, the method, and whether the path ends in the record's id
 * (the vendor's {@linkplain Vendor#pathPrefix() prefix} alone, or the prefix and one id segment). The names are
 * the specs' operationIds, which the generated interfaces and everything keyed by operation use.
 */
public enum Operation {
    LIST_MANAGED_ACCOUNTS(Vendor.VANTAGE, "GET", false, "listManagedAccounts"),
    CREATE_MANAGED_ACCOUNT(Vendor.VANTAGE, "POST", false, "createManagedAccount"),
    GET_MANAGED_ACCOUNT(Vendor.VANTAGE, "GET", true, "getManagedAccount"),
    UPDATE_MANAGED_ACCOUNT(Vendor.VANTAGE, "PUT", true, "updateManagedAccount"),
    DELETE_MANAGED_ACCOUNT(Vendor.VANTAGE, "DELETE", true, "deleteManagedAccount"),
    LIST_ACCOUNTS(Vendor.ELASTIC_PATH, "GET", false, "listAccounts"),
    CREATE_ACCOUNT(Vendor.ELASTIC_PATH, "POST", false, "createAccount"),
    GET_ACCOUNT(Vendor.ELASTIC_PATH, "GET", true, "getAccount"),
    UPDATE_ACCOUNT(Vendor.ELASTIC_PATH, "PUT", true, "updateAccount"),
    DELETE_ACCOUNT(Vendor.ELASTIC_PATH, "DELETE", true, "deleteAccount");

    private final Vendor vendor;
    private final String method;
    private final boolean onRecord;
    private final String id;

    Operation(Vendor vendor, String method, boolean onRecord, String id) {
        this.vendor = vendor;
        this.method = method;
        this.onRecord = onRecord;
        this.id = id;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The method, as sent: methods are case-sensitive. */
    public String method() {
        return method;
    }

    /** True when the path names one record ({@code /v2/accounts/{accountID}}); false for the collection. */
    public boolean onRecord() {
        return onRecord;
    }

    /** The spec's operationId. */
    public String id() {
        return id;
    }

    /** A path of this operation, for checking an answer where the actual path does not matter. */
    public String samplePath() {
        return onRecord ? vendor.pathPrefix() + "/sample" : vendor.pathPrefix();
    }

    /** The vendor's update, the operation the seeds describe. */
    public static Operation update(Vendor vendor) {
        return vendor == Vendor.VANTAGE ? UPDATE_MANAGED_ACCOUNT : UPDATE_ACCOUNT;
    }

    public static Optional<Operation> byId(String operationId) {
        for (Operation operation : values()) {
            if (operation.id.equals(operationId)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** The vendor's operation with this method on the collection (onRecord false) or on one record. */
    static Operation find(Vendor vendor, String method, boolean onRecord) {
        for (Operation operation : values()) {
            if (operation.vendor == vendor && operation.onRecord == onRecord && operation.method.equals(method)) {
                return operation;
            }
        }
        return null;
    }
}

package io.accountcontracts.contract.junit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations the stub serves, each as its vendor's spec names it ({@code operationId}). */
public enum Operation {
    /** Vantage's {@code GET /v2/managed_accounts}. */
    LIST_MANAGED_ACCOUNTS("listManagedAccounts", Vendor.VANTAGE),
    /** Vantage's {@code POST /v2/managed_accounts}. */
    CREATE_MANAGED_ACCOUNT("createManagedAccount", Vendor.VANTAGE),
    /** Vantage's {@code GET /v2/managed_accounts/{managed_account_token}}. */
    GET_MANAGED_ACCOUNT("getManagedAccount", Vendor.VANTAGE),
    /** Vantage's {@code PUT /v2/managed_accounts/{managed_account_token}}. */
    UPDATE_MANAGED_ACCOUNT("updateManagedAccount", Vendor.VANTAGE),
    /** Vantage's {@code DELETE /v2/managed_accounts/{managed_account_token}}. */
    DELETE_MANAGED_ACCOUNT("deleteManagedAccount", Vendor.VANTAGE),
    /** Elastic Path's {@code GET /v2/accounts}. */
    LIST_ACCOUNTS("listAccounts", Vendor.ELASTIC_PATH),
    /** Elastic Path's {@code POST /v2/accounts}. */
    CREATE_ACCOUNT("createAccount", Vendor.ELASTIC_PATH),
    /** Elastic Path's {@code GET /v2/accounts/{accountID}}. */
    GET_ACCOUNT("getAccount", Vendor.ELASTIC_PATH),
    /** Elastic Path's {@code PUT /v2/accounts/{accountID}}. */
    UPDATE_ACCOUNT("updateAccount", Vendor.ELASTIC_PATH),
    /** Elastic Path's {@code DELETE /v2/accounts/{accountID}}. */
    DELETE_ACCOUNT("deleteAccount", Vendor.ELASTIC_PATH);

    private final String id;
    private final Vendor vendor;

    Operation(String id, Vendor vendor) {
        this.id = id;
        this.vendor = vendor;
    }

    /** The spec's {@code operationId}, such as {@code updateAccount}. */
    public String id() {
        return id;
    }

    public Vendor vendor() {
        return vendor;
    }

    /**
     * The operation with this {@code operationId}.
     *
     * @throws IllegalArgumentException naming the known ones, for any other
     */
    public static Operation of(String operationId) {
        for (Operation operation : values()) {
            if (operation.id.equals(operationId)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("'" + operationId + "' is not an operation of the stub; it serves "
                + Arrays.stream(values()).map(Operation::id).collect(Collectors.joining(", ")) + ".");
    }

    /** The operation with this id, or null for null (a request that was no operation). */
    static Operation orNull(String operationId) {
        for (Operation operation : values()) {
            if (operation.id.equals(operationId)) {
                return operation;
            }
        }
        return null;
    }
}

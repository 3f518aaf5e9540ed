package io.accountcontracts.bench;

import io.accountcontracts.stub.errors.Vendor;

/**
 * The one valid update request per vendor that both benchmarks send. The ids are records of the
 * stub's seed fixtures, so the in-process stub answers 200 rather than 404.
 * Public because JMH's generated code, in a subpackage, sets it as a parameter.
 */
public enum Endpoint {
    VANTAGE(Vendor.VANTAGE, "/v2/managed_accounts/acct_dd2fdf6564b60319", "{\"name\":\"Bench\"}"),
    ELASTIC_PATH(
            Vendor.ELASTIC_PATH,
            "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23",
            "{\"data\":{\"type\":\"account\",\"name\":\"Bench\"}}");

    static final String CONTENT_TYPE = "application/json";
    static final String TOKEN = "bench-token";

    final Vendor vendor;
    final String path;
    final String body;

    Endpoint(Vendor vendor, String path, String body) {
        this.vendor = vendor;
        this.path = path;
        this.body = body;
    }
}

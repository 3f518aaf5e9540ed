package io.accountcontracts.contract.junit;

/** The two vendors the stub stands in for. */
public enum Vendor {
    VANTAGE(io.accountcontracts.stub.errors.Vendor.VANTAGE),
    ELASTIC_PATH(io.accountcontracts.stub.errors.Vendor.ELASTIC_PATH);

    private final io.accountcontracts.stub.errors.Vendor stub;

    Vendor(io.accountcontracts.stub.errors.Vendor stub) {
        this.stub = stub;
    }

    io.accountcontracts.stub.errors.Vendor stub() {
        return stub;
    }

    static Vendor of(io.accountcontracts.stub.errors.Vendor stub) {
        return stub == io.accountcontracts.stub.errors.Vendor.VANTAGE ? VANTAGE : ELASTIC_PATH;
    }
}

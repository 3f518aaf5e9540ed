package io.accountcontracts.contract.junit;

/** What a programmed answer can do to the connection instead of answering whole. */
public enum Fault {
    /** Close the connection without sending a status line, headers or body ("Empty reply from server"). */
    EMPTY_RESPONSE(io.accountcontracts.stub.programmed.Fault.EMPTY_RESPONSE),
    /** Reset the connection (a TCP RST) before any byte of the answer ("Connection reset by peer"). */
    CONNECTION_RESET(io.accountcontracts.stub.programmed.Fault.CONNECTION_RESET),
    /**
     * Send the status line and headers, with the whole answer's {@code Content-Length}, then half of the body,
     * then close the connection; the only fault that goes with a status.
     */
    TRUNCATED_BODY(io.accountcontracts.stub.programmed.Fault.TRUNCATED_BODY);

    private final io.accountcontracts.stub.programmed.Fault stub;

    Fault(io.accountcontracts.stub.programmed.Fault stub) {
        this.stub = stub;
    }

    io.accountcontracts.stub.programmed.Fault stub() {
        return stub;
    }
}

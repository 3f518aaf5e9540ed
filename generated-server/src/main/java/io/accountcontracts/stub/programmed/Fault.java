package io.accountcontracts.stub.programmed;

/** What a programmed response can do to the connection instead of answering it whole. */
public enum Fault {
    /** Close the connection without sending a status line, headers or body ("Empty reply from server"). */
    EMPTY_RESPONSE,
    /** Reset the connection (a TCP RST) before any byte of the answer ("Connection reset by peer"). */
    CONNECTION_RESET,
    /**
     * Send the status line and headers, with the whole answer's {@code Content-Length}, then half of the body,
     * then close the connection (curl: "transfer closed with outstanding read data remaining").
     */
    TRUNCATED_BODY;

    /** True when nothing of the answer goes out. */
    public boolean sendsNothing() {
        return this != TRUNCATED_BODY;
    }
}

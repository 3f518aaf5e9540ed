package io.accountcontracts.stub.programmed;

/** What a programmed response can do to the connection instead of answering. */
public enum Fault {
    /** Close the connection without sending a status line, headers or body ("Empty reply from server"). */
    EMPTY_RESPONSE,
    /**
     * Abort the connection with a TCP reset. Refused: this server's HTTP layer never hands out its sockets,
     * so nothing can set the linger time to zero that a reset needs. Listed so that asking for it gets that
     * explanation rather than "unknown fault".
     */
    CONNECTION_RESET
}

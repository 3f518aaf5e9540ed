package io.accountcontracts.stub.listing;

import java.util.List;

/**
 * One condition of an Elastic Path filter as written, {@code op(field,value[,value…])}, before its operator and
 * field are checked against what the endpoint allows.
 *
 * @param text   the condition as the client wrote it, quoted back in messages
 * @param values the operands after the field, unquoted and unescaped; never empty
 */
record FilterTerm(String text, String operator, String field, List<String> values) {}

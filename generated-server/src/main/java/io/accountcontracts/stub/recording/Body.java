package io.accountcontracts.stub.recording;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A body as a HAR holds it: UTF-8 text as it is; anything else in base64, flagged, so the bytes
 * survive exactly instead of being mangled into replacement characters.
 *
 * @param encoding {@code "base64"}, or null for plain text
 */
record Body(String text, String encoding, long size) {

    static final String BASE64 = "base64";

    static Body of(byte[] bytes) {
        byte[] body = bytes == null ? new byte[0] : bytes;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return new Body(text, null, body.length);
        } catch (CharacterCodingException notUtf8) {
            return new Body(Base64.getEncoder().encodeToString(body), BASE64, body.length);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }
}

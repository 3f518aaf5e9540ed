package io.accountcontracts.stub.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.sstoehr.harreader.HarReaderMode;
import de.sstoehr.harreader.jackson.DefaultMapperFactory;

/**
 * The mapper the HAR library's reader uses in strict mode, built once (its factory builds a new one per
 * call). Reading each entry of an earlier file through it checks the entry as the library's reader
 * would, one entry at a time. Output is indented so that a recording committed to a repository diffs
 * line by line.
 */
final class HarJson {

    static final ObjectMapper MAPPER =
            new DefaultMapperFactory().instance(HarReaderMode.STRICT).enable(SerializationFeature.INDENT_OUTPUT);

    private HarJson() {}
}

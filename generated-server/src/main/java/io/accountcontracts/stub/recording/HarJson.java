package io.accountcontracts.stub.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.sstoehr.harreader.HarReader;
import de.sstoehr.harreader.HarReaderMode;
import de.sstoehr.harreader.HarWriter;
import de.sstoehr.harreader.jackson.DefaultMapperFactory;
import de.sstoehr.harreader.jackson.MapperFactory;

/**
 * The HAR library's reader and writer, sharing one mapper. Its default factory builds a new mapper
 * for every call, which would be paid on every recorded exchange. Output is indented so that a
 * recording committed to a repository diffs line by line.
 */
final class HarJson implements MapperFactory {

    private static final HarJson INSTANCE = new HarJson();

    static final HarWriter WRITER = new HarWriter(INSTANCE);
    static final HarReader READER = new HarReader(INSTANCE);

    private final ObjectMapper strict;
    private final ObjectMapper lax;

    private HarJson() {
        DefaultMapperFactory defaults = new DefaultMapperFactory();
        this.strict = defaults.instance(HarReaderMode.STRICT).enable(SerializationFeature.INDENT_OUTPUT);
        this.lax = defaults.instance(HarReaderMode.LAX).enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public ObjectMapper instance(HarReaderMode mode) {
        return mode == HarReaderMode.LAX ? lax : strict;
    }

    @Override
    public ObjectMapper instance() {
        return strict;
    }
}

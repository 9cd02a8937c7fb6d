package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.ReportFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A report's facts as the workbench keeps them: JSON in the facts-file shape that `extract` writes, read back with
 * every value checked against its indicator's type, so that stored facts and a user's facts file are one format.
 */
public final class FactsCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FactsFileWriter writer = new FactsFileWriter();
    private final FactsFileReader reader;

    public FactsCodec(Checklist checklist) {
        this.reader = new FactsFileReader(checklist);
    }

    public String encode(Extraction extraction) {
        return writer.json(extraction);
    }

    /**
     * {@code name} names the facts in messages, and is their source when the JSON names none.
     */
    public ReportFacts decode(String json, String name) {
        ReportFacts facts;
        try {
            facts = reader.read(JSON.readTree(json), name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not JSON: " + e.getOriginalMessage(), e);
        }
        return facts;
    }
}

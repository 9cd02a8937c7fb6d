package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.Scorecard;

import java.util.List;

/** Renders scorecards in one format. The same scorecards always give the same text. */
public interface ScorecardWriter {
    String write(Scorecard scorecard);

    /** Several scorecards in one document. */
    String writeAll(List<Scorecard> scorecards);

    /** The file name ending for this format, without the dot. */
    String extension();
}

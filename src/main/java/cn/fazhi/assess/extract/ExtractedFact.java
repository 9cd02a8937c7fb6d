package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.ReportFact;

/** A fact found in a report and the kind of section it was found in. */
public record ExtractedFact(ReportFact fact, SectionKind section) {
}

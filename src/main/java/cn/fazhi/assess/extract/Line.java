package cn.fazhi.assess.extract;

/** One line of a report: where it is in the text and which kind of part it belongs to. */
record Line(int start, int end, SectionKind kind) {
}

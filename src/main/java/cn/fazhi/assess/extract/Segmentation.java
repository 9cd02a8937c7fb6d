package cn.fazhi.assess.extract;

import java.util.List;

/** The lines of a report, each with its section kind, and the headings that decided them. */
record Segmentation(List<Line> lines, List<Heading> headings) {
}

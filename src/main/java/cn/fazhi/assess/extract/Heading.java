package cn.fazhi.assess.extract;

import java.util.Set;

/** A heading found in the report (一、 or (一)), with the kinds its words mark it as. */
record Heading(int level, int start, int end, Set<SectionKind> kinds) {
}

package cn.fazhi.assess.web;

/** One option of a select box. */
record Choice(String value, String label, boolean selected) {
}

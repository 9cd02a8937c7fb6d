package cn.fazhi.assess.domain;

/**
 * The unit whose report is scored. {@code profile} is the checklist profile its level maps to
 * (county, township or department) and decides which criteria apply.
 */
public record UnitInfo(String name, String level, String profile, Integer year) {
}

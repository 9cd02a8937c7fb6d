package cn.fazhi.assess.domain;

/** A grade band: a total at or above {@code min} earns {@code name}. */
public record Grade(String name, double min) {
}

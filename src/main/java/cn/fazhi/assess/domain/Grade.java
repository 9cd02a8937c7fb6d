package cn.fazhi.assess.domain;

import java.io.Serializable;

/** A grade band: a total at or above {@code min} earns {@code name}. */
public record Grade(String name, double min) implements Serializable {
}

package cn.fazhi.assess.domain;

/** A criterion on which units lost points: how many units, and how many points in all. */
public record CommonGap(String criterion, String title, int units, double pointsLost) {
}

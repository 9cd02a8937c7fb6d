package cn.fazhi.assess.domain;

/** A category's subtotal: points earned of the applicable maximum. */
public record CategoryScore(String id, String title, double points, double max) {
}

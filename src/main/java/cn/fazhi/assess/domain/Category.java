package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.List;

/** A checklist category (一级指标) with its criteria; {@code points} is its share of the total. */
public record Category(String id, String title, double points, List<Criterion> criteria) implements Serializable {
    public Category {
        criteria = List.copyOf(criteria);
    }
}

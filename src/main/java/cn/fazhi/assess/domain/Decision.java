package cn.fazhi.assess.domain;

import java.util.Objects;

/** An evaluator's verdict on a criterion the report cannot show (需人工核查): its status, points and reason. */
public record Decision(String criterion, Status status, double points, String reason) {
    public Decision {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        if (status == Status.MANUAL || status == Status.NOT_APPLICABLE) {
            throw new IllegalArgumentException("an evaluator decides 达标, 部分达标, 未达标 or 报告未体现, not " + status.zh());
        }
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
        reason = reason == null ? "" : reason.strip();
    }

    /** The finding as the evaluator decided it; only a 需人工核查 finding can be decided this way. */
    public Finding applyTo(Finding f) {
        if (f.status() != Status.MANUAL) {
            throw new IllegalArgumentException(f.criterion() + " is " + f.status().zh() + ", not 需人工核查: the rules decide it");
        }
        if (f.method() == Method.DEDUCTION) {
            throw new IllegalArgumentException(f.criterion() + " is a 扣分项: it is decided by its count, which is entered as a fact");
        }
        if (points > f.max()) {
            throw new IllegalArgumentException(f.criterion() + ": " + Numbers.format(points) + " points is more than its "
                    + Numbers.format(f.max()));
        }
        if (f.method() == Method.VETO && status == Status.PARTIAL) {
            throw new IllegalArgumentException(f.criterion() + " is a 一票否决 item: it is 达标 or 未达标, never 部分达标");
        }
        double awarded = switch (status) {
            case MET -> f.max();
            case NOT_MET, NOT_REPORTED -> 0;
            default -> points;
        };
        // a decided item says so wherever it is shown, 达标 included: 人工核定 and the reason
        String gap = "人工核定为" + status.zh() + (reason.isEmpty() ? "" : "：" + reason);
        // a 一票否决 item the report could not show is triggered when the evaluator finds it 未达标
        boolean veto = f.method() == Method.VETO ? status == Status.NOT_MET : f.veto();
        return new Finding(f.criterion(), f.title(), f.category(), status, awarded, f.max(), gap, f.remedy(), f.basis(),
                "evaluator", f.evidence(), f.method(), veto, f.dataDoubt());
    }
}

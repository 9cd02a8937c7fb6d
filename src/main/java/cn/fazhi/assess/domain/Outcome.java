package cn.fazhi.assess.domain;

/** What became of one of last year's gaps this year (整改"回头看"), or a gap found for the first time. */
public enum Outcome {
    NOT_RECTIFIED("未整改"),
    PARTLY_RECTIFIED("部分整改"),
    /** This year the item awaits 人工核查: the follow-up waits for the evaluator's decision. */
    TO_VERIFY("待人工核查"),
    RECTIFIED("已整改"),
    NO_LONGER_APPLIES("不再适用"),
    /** Last year's checklist had an item this year's has not (another id): nothing to compare it with. */
    UNCOMPARABLE("无法比对"),
    NEW("新发现");

    private final String zh;

    Outcome(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

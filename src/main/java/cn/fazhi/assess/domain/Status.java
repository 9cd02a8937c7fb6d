package cn.fazhi.assess.domain;

/** The outcome of one criterion for one unit, with the Chinese label users read. */
public enum Status {
    MET("达标"),
    PARTIAL("部分达标"),
    NOT_MET("未达标"),
    NOT_REPORTED("报告未体现"),
    NOT_APPLICABLE("不适用"),
    MANUAL("需人工核查");

    private final String zh;

    Status(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** True when the unit lost points here that a rectification can win back. */
    public boolean isGap() {
        return this == PARTIAL || this == NOT_MET || this == NOT_REPORTED;
    }
}

package cn.fazhi.assess.domain;

/** How a gap is to be rectified (整改类型), with the days it is usually given from the assessment. */
public enum RemedyType {
    IMMEDIATE("立行立改", 30),
    BY_DEADLINE("限期整改", 90),
    ONGOING("长期坚持", 180);

    private final String zh;
    private final int days;

    RemedyType(String zh, int days) {
        this.zh = zh;
        this.days = days;
    }

    public String zh() {
        return zh;
    }

    public int days() {
        return days;
    }

    /** The type a checklist names in Chinese, or null. */
    public static RemedyType ofZh(String name) {
        for (RemedyType t : values()) {
            if (t.zh.equals(name)) {
                return t;
            }
        }
        return null;
    }
}

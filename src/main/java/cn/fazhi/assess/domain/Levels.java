package cn.fazhi.assess.domain;

import java.util.Map;

/** Chinese names of unit levels and checklist profiles, for what users read. */
public final class Levels {
    private static final Map<String, String> ZH = Map.of(
            "province", "省级政府",
            "city", "市级政府",
            "county", "县级政府",
            "township", "乡镇（街道）",
            "department", "政府部门",
            "ministry", "国务院部门");

    private Levels() {
    }

    public static String zh(String levelOrProfile) {
        return levelOrProfile == null ? "" : ZH.getOrDefault(levelOrProfile, levelOrProfile);
    }
}

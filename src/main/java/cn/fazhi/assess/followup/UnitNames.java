package cn.fazhi.assess.followup;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.Objects;

/** Whether two names are of one unit, as reports and ledgers write them: 巫溪县 = 巫溪县人民政府 = 中共巫溪縣委 巫溪縣人民政府. */
public final class UnitNames {
    private UnitNames() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && Objects.equals(key(a), key(b));
    }

    /** The name in simplified script, without the 中共…委 before it and 人民政府, 办事处, 管委会 after it. */
    public static String key(String name) {
        String n = ZhConverterUtil.toSimple(name).replaceAll("\\s+", "");
        n = n.replaceFirst("^中共.{1,20}?(委员会|党工委|工委|委)(、|和)?", "");
        n = n.replaceFirst("(人民政府|政府|办事处|管理委员会|管委会)$", "");
        return n;
    }
}

package cn.fazhi.assess.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a compiled rule says it decides: @criterionId("G1") for one criterion, or @method("rate, count")
 * for the generic rules of scoring methods ("*" for all).
 */
public record RuleInfo(String name, String file, String criterion, List<String> methods) {

    static RuleInfo of(String name, String file, Map<String, Object> metadata) {
        Object criterion = metadata.get("criterionId");
        Object method = metadata.get("method");
        List<String> methods = method == null ? List.of()
                : Arrays.stream(String.valueOf(method).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RuleInfo(name, file, criterion == null ? null : String.valueOf(criterion), methods);
    }

    boolean implementsMethod(String method) {
        return methods.contains(method) || methods.contains("*");
    }
}

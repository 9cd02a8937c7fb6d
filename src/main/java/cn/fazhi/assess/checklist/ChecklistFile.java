package cn.fazhi.assess.checklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** criteria.yaml as written, before validation. Unknown keys and missing required keys fail binding. */
record ChecklistFile(
        @JsonProperty(value = "version", required = true) int version,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "total_points", required = true) double totalPoints,
        @JsonProperty("bonus_cap") Double bonusCap,
        @JsonProperty(value = "profiles", required = true) LinkedHashMap<String, JsonNode> profiles,
        @JsonProperty(value = "grades", required = true) List<GradeEntry> grades,
        @JsonProperty(value = "indicators", required = true) LinkedHashMap<String, IndicatorEntry> indicators,
        @JsonProperty(value = "categories", required = true) List<CategoryEntry> categories,
        @JsonProperty("wording") Map<String, String> wording,
        @JsonProperty("source") String source) {

    /**
     * A profile: the levels scored on it, or the profile it is {@code like} and the names that find its kind of unit.
     * (The older form, {@code level: profile}, is a plain text value instead.)
     */
    record ProfileEntry(
            @JsonProperty("zh") String zh,
            @JsonProperty("levels") List<String> levels,
            @JsonProperty("like") String like,
            @JsonProperty("names") List<String> names) {
    }

    record GradeEntry(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "min", required = true) double min) {
    }

    record IndicatorEntry(
            @JsonProperty(value = "type", required = true) String type,
            @JsonProperty(value = "zh", required = true) String zh,
            @JsonProperty("note") String note,
            @JsonProperty("negative") Boolean negative,
            @JsonProperty("patterns") List<JsonNode> patterns) {
    }

    record CategoryEntry(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "title", required = true) String title,
            @JsonProperty(value = "points", required = true) double points,
            @JsonProperty(value = "criteria", required = true) List<CriterionEntry> criteria) {
    }

    record CriterionEntry(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "title", required = true) String title,
            @JsonProperty(value = "points", required = true) double points,
            @JsonProperty(value = "levels", required = true) List<String> levels,
            @JsonProperty(value = "method", required = true) String method,
            @JsonProperty(value = "indicators", required = true) List<String> indicators,
            @JsonProperty("target") Double target,
            @JsonProperty("deduct") Double deduct,
            @JsonProperty("per_item") Double perItem,
            @JsonProperty("cap") Double cap,
            @JsonProperty("only_if_stated") Map<String, List<String>> onlyIfStated,
            @JsonProperty("dates") DeadlineEntry dates,
            @JsonProperty("when_silent") String whenSilent,
            @JsonProperty("claim") List<String> claim,
            @JsonProperty("claim_points") Double claimPoints,
            @JsonProperty("exempt_if") ExemptIfEntry exemptIf,
            @JsonProperty("compute_from") ComputeFromEntry computeFrom,
            @JsonProperty("consistency") ConsistencyEntry consistency,
            @JsonProperty(value = "gap", required = true) String gap,
            @JsonProperty("ledger") LedgerEntry ledger,
            @JsonProperty("suggestion") String suggestion,
            @JsonProperty("owner") String owner,
            @JsonProperty("deadline") String deadline,
            @JsonProperty(value = "basis", required = true) String basis,
            @JsonProperty("wording") Map<String, String> wording,
            @JsonProperty("aliases") List<String> aliases) {
    }

    /**
     * A criterion's row of the 整改台账; under {@code levels}, what differs for a level or profile. The older
     * {@code suggestion} and {@code owner} stand in for a checklist without it ({@code deadline} is no longer read).
     */
    record LedgerEntry(
            @JsonProperty("problem") String problem,
            @JsonProperty("target") String target,
            @JsonProperty("measures") String measures,
            @JsonProperty("type") String type,
            @JsonProperty("days") Integer days,
            @JsonProperty("lead") String lead,
            @JsonProperty("support") List<String> support,
            @JsonProperty("levels") Map<String, LedgerEntry> levels) {
    }

    record DeadlineEntry(
            @JsonProperty("published") String published,
            @JsonProperty("written") String written,
            @JsonProperty(value = "due", required = true) String due,
            @JsonProperty("year") String year) {
    }

    record ExemptIfEntry(
            @JsonProperty(value = "key", required = true) String key,
            @JsonProperty(value = "equals", required = true) double equals) {
    }

    record ComputeFromEntry(
            @JsonProperty(value = "part", required = true) String part,
            @JsonProperty(value = "whole", required = true) String whole) {
    }

    record ConsistencyEntry(
            @JsonProperty(value = "whole", required = true) String whole,
            @JsonProperty(value = "part", required = true) String part,
            @JsonProperty("other_part") String otherPart,
            @JsonProperty("rate") String rate,
            @JsonProperty("tolerance") Double tolerance) {
    }
}

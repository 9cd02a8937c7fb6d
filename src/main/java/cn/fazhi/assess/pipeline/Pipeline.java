package cn.fazhi.assess.pipeline;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Review;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.extract.Extraction;
import cn.fazhi.assess.extract.FactsFileReader;
import cn.fazhi.assess.extract.ReportExtractor;
import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleBase;
import cn.fazhi.assess.scoring.ScoringEngine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way from an input to a scorecard, for the command line, `rank`, the benchmark and the workbench: load a
 * report of any format, an upload or a facts file into the report's facts; apply an evaluator's review; score.
 * Thread-safe once built.
 */
public final class Pipeline {
    private final Checklist checklist;
    private final ScoringEngine engine;
    private final ReportReader reader = new ReportReader();
    private final ReportExtractor extractor;
    private final FactsFileReader factsFiles;

    /** Assessed today: the gaps' 整改时限 count from today. */
    public Pipeline(Checklist checklist, RuleBase rules) {
        this(checklist, rules, LocalDate.now());
    }

    /** {@code assessedOn}: the assessment's date, from which the gaps' 整改时限 count. */
    public Pipeline(Checklist checklist, RuleBase rules, LocalDate assessedOn) {
        this.checklist = Objects.requireNonNull(checklist, "checklist must not be null");
        this.engine = new ScoringEngine(checklist, rules, assessedOn);
        this.extractor = new ReportExtractor(checklist);
        this.factsFiles = new FactsFileReader(checklist);
    }

    public Checklist checklist() {
        return checklist;
    }

    /** The rule stage alone, for the benchmark and for trying one criterion. */
    public ScoringEngine engine() {
        return engine;
    }

    /** A facts file (.yaml .yml .json) as it is; anything else as a report to read and extract. */
    public ReportFacts load(Path file) {
        if (isFactsFile(file)) {
            return factsFiles.read(file);
        }
        return facts(extract(file), file.toString());
    }

    /** What a report file states, with the quotes, before it is judged a rule-of-law report or not. */
    public Extraction extract(Path file) {
        return extractor.extract(reader.read(file));
    }

    /** An uploaded report read and extracted in memory under the name it came with. */
    public Upload read(String name, byte[] bytes) {
        ReportText text = reader.read(name, bytes);
        return new Upload(text, extractor.extract(text, name).withSource(name));
    }

    /** The facts to score; a document that is not a rule-of-law report at all is refused rather than scored 0. */
    public static ReportFacts facts(Extraction extraction, String file) {
        if (!extraction.ruleOfLawReport()) {
            throw new InputFailure(Reason.NOT_A_RULE_OF_LAW_REPORT, file);
        }
        return extraction.toReportFacts();
    }

    public Scorecard score(ReportFacts facts) {
        return engine.score(facts);
    }

    /** Scores the facts as the evaluator corrected them, with the evaluator's decisions, and the review on record. */
    public Scorecard score(ReportFacts facts, Review review) {
        if (review.entries().isEmpty() && review.corrections().isEmpty() && review.decisions().isEmpty()) {
            return engine.score(facts);
        }
        Scorecard card = engine.score(review.applyTo(facts), review.decisions()).withReview(review.entries());
        return card.withFindings(review.marked(card.findings()));
    }

    /** Loads and scores one input; {@code level}, when given, replaces the level the input states. */
    public Scorecard score(Path file, String level) {
        return score(file, level, null);
    }

    /** As {@link #score(Path, String)}, on {@code profile} when given (--profile) instead of the one its name says. */
    public Scorecard score(Path file, String level, String profile) {
        ReportFacts facts = load(file);
        facts = level == null ? facts : facts.withLevel(level);
        return engine.score(profile == null ? facts : facts.withProfile(profile));
    }

    public static boolean isFactsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** An upload as read: the text, kept to show the evaluator, and what was extracted from it. */
    public record Upload(ReportText text, Extraction extraction) {
        public ReportFacts facts() {
            return Pipeline.facts(extraction, extraction.source());
        }
    }
}

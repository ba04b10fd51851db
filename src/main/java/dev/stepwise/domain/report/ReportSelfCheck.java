package dev.stepwise.domain.report;

import dev.stepwise.domain.SelfCheckAnswer;
import java.util.Objects;

/**
 * A self-check statement and the learner's answer: as a value (null when not answered) and in words (then empty).
 */
public record ReportSelfCheck(String id, String statement, SelfCheckAnswer answer, String answerText) {
    public ReportSelfCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        answerText = answerText == null ? "" : answerText;
    }
}

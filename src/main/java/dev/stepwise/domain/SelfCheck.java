package dev.stepwise.domain;

/** A statement the learner reflects on to judge whether the role suits them. */
public record SelfCheck(String id, String statement) {
}

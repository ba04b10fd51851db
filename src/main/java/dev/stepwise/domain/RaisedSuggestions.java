package dev.stepwise.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which skills a change gave a new or higher suggested level: what to point the learner to after they tick. */
final class RaisedSuggestions {
    private RaisedSuggestions() {
    }

    /**
     * Skills whose suggested raise is new or higher in {@code later} than in {@code earlier}. A skill the learner
     * has just rated up to its suggestion no longer counts. When {@code later} was made from {@code earlier}, only
     * the skills the change touched are looked at.
     */
    static List<SkillStanding> since(PathState later, PathState earlier) {
        PathShape shape = later.shape();
        Optional<StateChange> change = later.changeSince(earlier).filter(found -> !found.content());
        List<Skill> candidates = change.map(found -> found.skillIds().stream()
                        .map(shape::skill).flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(skill -> shape.skillPosition(skill.id()))).toList())
                .orElse(later.path().skills());
        return candidates.stream()
                .map(later::standingOf)
                .filter(now -> now.suggestedRaise().isPresent())
                .filter(now -> earlier.shape().skill(now.skill().id())
                        .map(skill -> earlier.standingOf(skill).suggestedRaise()
                                .map(before -> before.value() < now.suggestedRaise().get().value())
                                .orElse(true))
                        .orElse(true))
                .toList();
    }
}

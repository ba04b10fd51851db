package dev.stepwise.io;

import dev.stepwise.domain.Phrase;

/**
 * Why a role description is refused, said two ways: to the learner at the text box they pasted it into ("The text is
 * empty: paste a role description to import."), and about a named file, after its name as every other file refusal
 * ("FILE: the text is empty").
 */
record RoleRefusal(Phrase pasted, Phrase inFile) {
    /** @param source the file's name, or {@code null} for pasted text */
    RoleDescriptionException in(String source) {
        return new RoleDescriptionException(source == null ? pasted : Phrase.of("file.problem", source, inFile));
    }
}

package dev.stepwise.io;

import dev.stepwise.domain.Phrase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of a role description would make, to show before the learner keeps it: how many entries each
 * checklist section and each skill category got, the lines that found no place (never dropped silently), warnings
 * about what the text lacked, and notes on the choices the import made for the learner (both as phrases, said in the
 * learner's language where they are shown).
 *
 * @param itemsPerSection entries per checklist section, keyed by section title, in checklist order
 * @param skillsPerCategory skills per category ({@code Technical}, {@code Soft}), in matrix order
 * @param unplaced lines of the text used nowhere in the path, word for word, in text order
 * @param warnings what the text lacked or what was unusual about it
 * @param notes choices the import made that the learner may want to change afterwards
 */
public record RoleImportPreview(
        Map<String, Integer> itemsPerSection,
        Map<String, Integer> skillsPerCategory,
        int selfChecks,
        int industries,
        List<String> unplaced,
        List<Phrase> warnings,
        List<Phrase> notes) {

    public RoleImportPreview {
        itemsPerSection = Collections.unmodifiableMap(new LinkedHashMap<>(itemsPerSection));
        skillsPerCategory = Collections.unmodifiableMap(new LinkedHashMap<>(skillsPerCategory));
        unplaced = List.copyOf(unplaced);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}

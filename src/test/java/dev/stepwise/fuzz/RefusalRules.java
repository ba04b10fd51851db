package dev.stepwise.fuzz;

import dev.stepwise.io.FileProblemException;
import dev.stepwise.io.TextFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a refusal must look like to count as one: an exception of a type the importer documents for that stage, whose
 * message is a sentence for a person — not blank, not "null", no Java or Jackson class names, no stack-trace lines,
 * short enough to read in a dialog — and, when it is about a file, naming the file. The wording itself is not checked
 * (it is being made translatable elsewhere).
 */
final class RefusalRules {
    /** Longer than any sentence a dialog should show; a message this long is echoing the hostile input back. */
    static final int MAX_MESSAGE = 1_000;
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|com|dev|org|sun)\\.[a-z]+\\.");
    private static final Pattern STACK_LINE = Pattern.compile("\\bat [\\w.$]+\\(");

    private final Set<Class<? extends Throwable>> whenReading;
    private final Set<Class<? extends Throwable>> whenImporting;

    RefusalRules(Set<Class<? extends Throwable>> whenReading, Set<Class<? extends Throwable>> whenImporting) {
        this.whenReading = whenReading;
        this.whenImporting = whenImporting;
    }

    /** What is wrong with the refusal; empty when it is a proper one. */
    List<String> problems(Throwable refusal, boolean reading, String fileName) {
        List<String> problems = new ArrayList<>();
        Set<Class<? extends Throwable>> allowed = reading ? whenReading : whenImporting;
        if (allowed.stream().noneMatch(type -> type.isInstance(refusal))) {
            problems.add("unexpected " + refusal.getClass().getName() + (reading ? " while reading" : " while importing"));
            return problems;
        }
        String message = refusal.getMessage();
        if (message == null || message.isBlank() || message.strip().equals("null")) {
            problems.add("no message");
            return problems;
        }
        if (message.contains("Exception") || message.contains("Error:") || CLASS_NAME.matcher(message).find()
                || STACK_LINE.matcher(message).find()) {
            problems.add("message reads like Java, not a sentence");
        }
        if (message.length() > MAX_MESSAGE) {
            problems.add("message of " + message.length() + " characters");
        }
        boolean aboutTheFile = refusal instanceof FileProblemException || refusal instanceof TextFileException;
        if (aboutTheFile && !message.contains(fileName)) {
            problems.add("message does not name the file");
        }
        return problems;
    }
}

package dev.stepwise.cli;

import dev.stepwise.domain.report.Report;
import dev.stepwise.io.TextFiles;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.io.report.ReportProgress;
import dev.stepwise.service.ReportBuilder;
import dev.stepwise.service.Stepwise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code report PATH_ID --format FORMAT --out FILE}: the learner's progress on one path as a report to hand an
 * instructor. The format and language are checked before the data is opened; a wrong one is a usage error (2).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a progress report of an installed path: a self-contained web page that prints well to PDF "
                + "(html), Markdown (md), a CSV table of items, skills and ratings (csv), the skills matrix as a "
                + "picture (png), or the items done over time against the milestones' plan as a picture (burnup).")
final class ReportCommand extends DataCommand {
    private static final Set<String> LANGUAGES = Set.of("en", "de");

    @Parameters(paramLabel = "PATH_ID", description = "the path's id, as `list` shows it")
    String pathId;

    /** The help and the refusal of an unknown format list the same names: every {@link ReportFormat}'s. */
    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "one of: ${COMPLETION-CANDIDATES}")
    String format;

    @Option(names = "--language", paramLabel = "LANG",
            description = "en or de (default: the language chosen in the window, else English)")
    String language;

    @Mixin
    OutputOption output;

    ReportCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        ReportFormat chosen = ReportFormat.byName(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Unknown report format '" + format + "': choose one of: " + String.join(", ", new FormatNames())));
        if (language != null && !LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "Unknown language '" + language + "': choose en or de");
        }
        if (chosen.isImage() && output.toStandardOutput()) {
            throw new ParameterException(spec.commandLine(), "A picture is not written to standard output: give --out FILE");
        }
        output.check();
        Report report;
        try (Stepwise stepwise = open()) {
            Locale locale = language != null ? ReportBuilder.language(language) : stepwise.reports().learnerLanguage();
            report = stepwise.reports().report(pathId, locale);
        }
        byte[] content = chosen.render(report, ReportProgress.NONE);
        String what = "the " + chosen.cliName() + " report on " + pathId;
        if (chosen.isImage()) {
            TextFiles.writeAtomically(Path.of(output.out), content);
            out().println("Wrote " + what + " to " + output.out);
        } else {
            output.write(new String(content, StandardCharsets.UTF_8), out(), what);
        }
    }

    /** The formats as the command line names them, in {@link ReportFormat}'s order; picocli lists them in the help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).iterator();
        }
    }
}

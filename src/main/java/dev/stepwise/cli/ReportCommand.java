package dev.stepwise.cli;

import dev.stepwise.domain.report.Report;
import dev.stepwise.io.TextFiles;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.io.report.ReportProgress;
import dev.stepwise.service.ReportBuilder;
import dev.stepwise.service.Stepwise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code report PATH_ID --format html|md|csv|png --out FILE}: the learner's progress on one path as a report to hand
 * an instructor. The format and language are checked before the data is opened; a wrong one is a usage error (2).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a progress report of an installed path: a self-contained web page that prints well to PDF "
                + "(html), Markdown (md), a CSV table of items, skills and ratings (csv), or the skills matrix as a "
                + "picture (png).")
final class ReportCommand extends DataCommand {
    private static final Set<String> LANGUAGES = Set.of("en", "de");

    @Parameters(paramLabel = "PATH_ID", description = "the path's id, as `list` shows it")
    String pathId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "html, md, csv or png")
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
                spec.commandLine(), "Unknown report format '" + format + "': choose html, md, csv, png or burnup"));
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
}

package dev.stepwise.cli;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.SalvageReport;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.DataCheck;
import dev.stepwise.service.DataUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code check}: whether the data file is sound, read without opening it for work, so it also runs on a file the
 * window refuses; {@code --salvage OUT} then saves every readable row into a fresh file.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check your data file: integrity, links between rows, and the rows in each table.",
            "Exits with 5 when the file is damaged. With --salvage, every row that can be read is copied into a new "
                    + "Stepwise file, table by table."})
final class CheckCommand extends DataCommand {
    @Option(names = "--salvage", paramLabel = "OUT", description = "copy every readable row into this new file")
    Path salvage;

    CheckCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    int exitCode() {
        if (salvage != null) {
            checkSalvageTarget();
        }
        Path file = folder().databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new DataUnavailableException(file, Phrase.of("store.reason.cantOpen"), null);
        }
        PrintWriter out = out();
        out.println("File: " + file);
        FileCheck check;
        try {
            check = DataCheck.check(file);
        } catch (BackupException e) {
            // Not even its list of tables can be read: nothing to salvage from either.
            out.println("Integrity: " + e.getMessage());
            if (salvage != null) {
                out.println("Nothing can be read from it, so nothing was salvaged into " + salvage);
            }
            out.println("DAMAGED");
            return ExitCodes.DAMAGED;
        }
        out.println("Integrity: " + (check.problems().isEmpty() ? "ok" : String.join("; ", check.problems())));
        // Never "ok" for what was not looked at: a damaged file said "links not checked" and then "Links: ok".
        out.println("Links between rows: " + (!check.linksChecked() ? "not checked" : check.brokenLinks().isEmpty() ? "ok"
                : check.brokenLinks().size() + " broken (" + String.join(", ", check.brokenLinks()) + ")"));
        out.println("Stepwise file: " + (check.stepwise() ? "yes, schema version " + check.schemaVersion() : "no"));
        check.rowCounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(table -> out.println("  "
                + table.getKey() + ": " + (table.getValue() == FileCheck.UNREADABLE ? "unreadable" : table.getValue())));
        if (salvage != null) {
            SalvageReport report = DataCheck.salvage(file, salvage);
            out.println("Salvaged into " + salvage + ":");
            report.copied().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(table -> out.println("  " + table.getKey() + ": " + table.getValue() + " copied, "
                            + report.skipped().getOrDefault(table.getKey(), 0L) + " left behind"));
            report.notes().forEach(note -> out.println("  " + note));
        }
        out.println(check.ok() ? "OK" : "DAMAGED");
        return check.ok() ? ExitCodes.OK : ExitCodes.DAMAGED;
    }

    /** Before any work, as every --out is checked: the same rules, and standard output cannot take a database. */
    private void checkSalvageTarget() {
        if (salvage.toString().equals(OutputOption.STDOUT)) {
            throw new ParameterException(spec.commandLine(), "A salvaged file is a database, not text: give --salvage FILE");
        }
        TextFiles.checkWritable(salvage);
    }

    @Override
    void run() {
        throw new UnsupportedOperationException("check reports its own exit code");
    }
}

package dev.stepwise.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published schemas in {@code assets/schema}, loaded as the tests' validator sees them, and the validation
 * errors put the way the tests compare them: where in the document, as a JSON pointer.
 */
final class FileSchemas {
    static final Path PATH_SCHEMA_FILE = Path.of("assets", "schema", "stepwise-path.schema.json");
    static final Path PROGRESS_SCHEMA_FILE = Path.of("assets", "schema", "stepwise-progress.schema.json");
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Schema PATH = REGISTRY.getSchema(text(PATH_SCHEMA_FILE), InputFormat.JSON);
    static final Schema PROGRESS = REGISTRY.getSchema(text(PROGRESS_SCHEMA_FILE), InputFormat.JSON);

    private FileSchemas() {
    }

    /** The draft 2020-12 meta-schema; the validator ships it, so nothing is fetched. */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    }

    static List<Error> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    /**
     * Where each error is, as a JSON pointer. A missing or unknown property is reported on the object that should or
     * should not hold it; the property's name is appended so the pointer names the field itself.
     */
    static List<String> locations(List<Error> errors) {
        return errors.stream().map(FileSchemas::location).distinct().toList();
    }

    private static String location(Error error) {
        String at = error.getInstanceLocation().toString();
        return error.getProperty() == null ? at : at + "/" + error.getProperty();
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

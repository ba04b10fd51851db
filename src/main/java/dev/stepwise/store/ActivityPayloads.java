package dev.stepwise.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityChange.Answer;
import dev.stepwise.domain.ActivityChange.Described;
import dev.stepwise.domain.ActivityChange.LevelMove;
import dev.stepwise.domain.ActivityChange.Merged;
import dev.stepwise.domain.ActivityChange.Minutes;
import dev.stepwise.domain.ActivityChange.PathNamed;
import dev.stepwise.domain.ActivityChange.ReviewDates;
import dev.stepwise.domain.ActivityChange.Status;
import dev.stepwise.domain.ActivityChange.SubStep;
import dev.stepwise.domain.ActivityChange.TextEdit;
import dev.stepwise.domain.ActivityChange.Timer;
import dev.stepwise.domain.ActivityChange.Versions;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An activity entry's change as the {@code payload} column holds it: one flat JSON object of the change's fields
 * ({@code {"from":"LEARNING","to":"DONE","startedOn":"2026-03-01","doneOn":"2026-03-04"}}). Read strictly against the
 * entry's kind: a missing or unknown field, or a value of the wrong type, is an {@link IllegalArgumentException} naming
 * the field, which the row reader turns into a bad row with its table and key. Jackson's streaming API, not an
 * {@code ObjectMapper}: the first tick after start must not pay for building one.
 */
final class ActivityPayloads {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** A payload is a handful of scalars; a note is the largest (bounded by the editor), so this only stops garbage. */
    private static final int MAX_FIELDS = 8;

    private ActivityPayloads() {
    }

    static String write(ActivityChange change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (change instanceof Status status) {
            fields.put("from", status.from().name());
            fields.put("to", status.to().name());
            fields.put("startedOn", status.startedOn().map(LocalDate::toString).orElse(null));
            fields.put("doneOn", status.doneOn().map(LocalDate::toString).orElse(null));
        } else if (change instanceof SubStep subStep) {
            fields.put("subStep", subStep.subItemId());
            fields.put("done", subStep.done());
        } else if (change instanceof TextEdit text) {
            fields.put("before", text.before());
            fields.put("after", text.after());
        } else if (change instanceof LevelMove move) {
            fields.put("from", move.from().map(Level::value).orElse(null));
            fields.put("to", move.to().value());
        } else if (change instanceof Answer answer) {
            fields.put("from", answer.from().map(Enum::name).orElse(null));
            fields.put("to", answer.to().map(Enum::name).orElse(null));
        } else if (change instanceof Versions versions) {
            fields.put("from", versions.from().orElse(null));
            fields.put("to", versions.to());
        } else if (change instanceof PathNamed named) {
            fields.put("title", named.title());
            fields.put("source", named.source());
        } else if (change instanceof Merged merged) {
            fields.put("changes", merged.changes());
        } else if (change instanceof Minutes minutes) {
            fields.put("minutes", minutes.minutes());
        } else if (change instanceof Timer timer) {
            fields.put("startedAt", timer.startedAt().toString());
            fields.put("minutes", timer.minutes());
        } else if (change instanceof ReviewDates review) {
            fields.put("from", review.from().map(LocalDate::toString).orElse(null));
            fields.put("to", review.to().map(LocalDate::toString).orElse(null));
        } else {
            fields.put("description", ((Described) change).description());
        }
        return json(fields);
    }

    /** @throws IllegalArgumentException naming the field, when the payload is not the kind's change */
    static ActivityChange read(ActivityKind kind, String payload) {
        Fields fields = new Fields(parse(payload));
        ActivityChange change = switch (kind.change().getSimpleName()) {
            case "Status" -> new Status(fields.choice("from", ItemStatus.class), fields.choice("to", ItemStatus.class),
                    fields.optionalDate("startedOn"), fields.optionalDate("doneOn"));
            case "SubStep" -> new SubStep(fields.text("subStep"), fields.flag("done"));
            case "TextEdit" -> new TextEdit(fields.text("before"), fields.text("after"));
            case "LevelMove" -> new LevelMove(fields.optionalNumber("from").map(ActivityPayloads::level),
                    level(fields.number("to")));
            case "Answer" -> new Answer(fields.optionalText("from").map(name -> Fields.choice(name, "from", SelfCheckAnswer.class)),
                    fields.optionalText("to").map(name -> Fields.choice(name, "to", SelfCheckAnswer.class)));
            case "Versions" -> new Versions(fields.optionalNumber("from"), fields.number("to"));
            case "PathNamed" -> new PathNamed(fields.text("title"), fields.text("source"));
            case "Merged" -> new Merged(fields.number("changes"));
            case "Described" -> new Described(fields.text("description"));
            case "Minutes" -> new Minutes(fields.number("minutes"));
            case "Timer" -> new Timer(fields.instant("startedAt"), fields.number("minutes"));
            case "ReviewDates" -> new ReviewDates(fields.optionalDate("from"), fields.optionalDate("to"));
            default -> throw new IllegalStateException("no payload reader for " + kind.change());
        };
        fields.checkAllRead();
        return change;
    }

    private static Level level(int value) {
        if (value < Level.MIN.value() || value > Level.MAX.value()) {
            throw new IllegalArgumentException("level " + value + " is not a level");
        }
        return Level.of(value);
    }

    private static String json(Map<String, Object> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                generator.writeFieldName(field.getKey());
                Object value = field.getValue();
                if (value == null) {
                    generator.writeNull();
                } else if (value instanceof Integer number) {
                    generator.writeNumber(number);
                } else if (value instanceof Boolean flag) {
                    generator.writeBoolean(flag);
                } else {
                    generator.writeString((String) value);
                }
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A flat object of scalars, each key once. */
    private static Map<String, Object> parse(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("the payload is missing");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the payload is not a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                Object read = switch (value) {
                    case VALUE_NULL -> null;
                    case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
                    case VALUE_NUMBER_INT -> parser.getIntValue();
                    case VALUE_STRING -> parser.getText();
                    default -> throw new IllegalArgumentException("the payload's field " + name + " is not a plain value");
                };
                if (fields.containsKey(name) || fields.size() == MAX_FIELDS) {
                    throw new IllegalArgumentException("the payload's field " + name + " is repeated or one too many");
                }
                fields.put(name, read);
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("the payload has text after its object");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the payload is not JSON: " + e.getMessage(), e);
        }
        return fields;
    }
}

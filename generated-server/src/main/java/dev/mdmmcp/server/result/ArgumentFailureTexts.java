package dev.mdmmcp.server.result;

import dev.mdmmcp.server.result.ArgumentProblem.LimitTooHigh;
import dev.mdmmcp.server.result.ArgumentProblem.LineBreak;
import dev.mdmmcp.server.result.ArgumentProblem.Missing;
import dev.mdmmcp.server.result.ArgumentProblem.NoSuchTool;
import dev.mdmmcp.server.result.ArgumentProblem.NotAnId;
import dev.mdmmcp.server.result.ArgumentProblem.Unknown;
import dev.mdmmcp.server.result.ArgumentProblem.UnknownProperty;
import dev.mdmmcp.server.result.ArgumentProblem.UnknownTag;
import dev.mdmmcp.server.result.ArgumentProblem.Unparsable;
import dev.mdmmcp.server.result.ArgumentProblem.Unreadable;
import dev.mdmmcp.server.result.ArgumentProblem.Violation;
import dev.mdmmcp.server.result.ArgumentProblem.WrongCaller;
import dev.mdmmcp.server.result.FailureReason.InvalidArguments;
import dev.mdmmcp.server.result.FailureReason.InvalidCursor;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The texts of calls refused for their arguments, in the model's terms: which argument, what was
 * expected ({@code argument 'limit' must be an integer}, {@code missing required argument
 * 'device_id'}, {@code unknown argument 'foo' (valid arguments: ...)}), every problem at once.
 */
final class ArgumentFailureTexts {

    private ArgumentFailureTexts() {
    }

    static String invalid(InvalidArguments invalid) {
        String problems = invalid.problems().stream().map(ArgumentFailureTexts::problem).collect(Collectors.joining("; "));
        return invalid.tool() == null ? problems : "Invalid arguments for " + invalid.tool() + ": " + problems + ".";
    }

    static String cursor(InvalidCursor invalid) {
        String why = switch (invalid.problem()) {
            case UNREADABLE -> "This one was changed, cut short or issued before the server restarted.";
            case OTHER_TOOL -> "This one was returned by another tool.";
            case OTHER_ARGUMENTS -> "This one was returned for other arguments; repeat them exactly, or leave"
                    + " next_cursor out to start again from the first page.";
        };
        return "next_cursor is not valid for " + invalid.tool() + ": pass back the value from the previous result"
                + " unchanged, with the same other arguments. " + why;
    }

    private static String problem(ArgumentProblem problem) {
        return switch (problem) {
            case Unknown unknown -> (unknown.names().size() == 1 ? "unknown argument " : "unknown arguments ")
                    + quoted(unknown.names()) + (unknown.valid().isEmpty() ? " (this tool takes no arguments)"
                            : " (valid arguments: " + String.join(", ", unknown.valid()) + ")");
            case Missing missing -> "missing required argument '" + missing.argument() + "'";
            case UnknownProperty property -> "argument '" + property.argument() + "' has an unknown property '"
                    + property.property() + "'";
            case Violation violation -> "argument '" + violation.argument() + "' " + rule(violation);
            case Unreadable unreadable -> "argument '" + unreadable.argument() + "' could not be read ("
                    + unreadable.problem() + ")";
            case Unparsable unparsable -> unparsable.problem();
            case NotAnId notAnId -> "argument '" + notAnId.argument() + "' must be an id, not '" + notAnId.value()
                    + "': pass the value a list or get tool returned";
            case LineBreak lineBreak -> "argument '" + lineBreak.argument() + "' must not contain line breaks";
            case LimitTooHigh tooHigh -> "argument 'limit' must be at most " + tooHigh.maxPageSize() + " for "
                    + tooHigh.tool() + "; ask for " + tooHigh.maxPageSize()
                    + " or fewer and fetch more pages with next_cursor";
            case UnknownTag tag -> "no tool of this server carries the tag '" + tag.tag() + "' (tags: "
                    + String.join(", ", tag.tags()) + ")";
            case NoSuchTool none -> "this server has no tool '" + none.name() + "'; search_tools finds its tools";
            case WrongCaller wrong -> wrong.tool() + (wrong.changesData() ? " changes data" : " only reads")
                    + " (method " + wrong.method() + "): call it with " + wrong.rightCaller();
        };
    }

    private static String rule(Violation violation) {
        List<String> expected = violation.expected();
        return switch (violation.rule()) {
            case TYPE -> "must be " + expected.stream().map(ArgumentFailureTexts::withArticle)
                    .collect(Collectors.joining(" or "));
            case ONE_OF -> "must be one of: " + String.join(", ", expected);
            case CONST -> "must be " + expected.getFirst();
            case MINIMUM -> "must be at least " + expected.getFirst();
            case MAXIMUM -> "must be at most " + expected.getFirst();
            case GREATER_THAN -> "must be greater than " + expected.getFirst();
            case LESS_THAN -> "must be less than " + expected.getFirst();
            case MIN_LENGTH -> "must be at least " + expected.getFirst() + " characters long";
            case MAX_LENGTH -> "must be at most " + expected.getFirst() + " characters long";
            case MIN_ITEMS -> "must have at least " + expected.getFirst() + " items";
            case MAX_ITEMS -> "must have at most " + expected.getFirst() + " items";
            case UNIQUE_ITEMS -> "must not repeat items";
            case PATTERN -> "must match the pattern " + expected.getFirst();
            case FORMAT -> "must be a valid " + expected.getFirst();
            case NON_EMPTY_STRING -> "must be a non-empty string";
            case STRING_ARRAY -> "must be an array of strings";
            case INTEGER_RANGE -> "must be an integer from " + expected.get(0) + " to " + expected.get(1);
            case TOOL_ARGUMENTS_OBJECT -> "must be an object: the tool's own arguments";
            case OTHER -> "is not valid: " + expected.getFirst();
        };
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    private static String withArticle(String type) {
        return switch (type) {
            case "integer", "array", "object" -> "an " + type;
            case "string", "number", "boolean" -> "a " + type;
            default -> type;
        };
    }
}

package dev.mdmmcp.server.result;

import java.util.List;

/** One thing wrong with a tool call's arguments, as facts; {@link FailureMessages} says it. */
public sealed interface ArgumentProblem {

    /** Arguments the tool does not take; {@code valid} lists those it does (empty: none). */
    record Unknown(List<String> names, List<String> valid) implements ArgumentProblem {

        public Unknown {
            names = List.copyOf(names);
            valid = List.copyOf(valid);
        }
    }

    /** A required argument (or a required property of one, {@code user.email}) is absent. */
    record Missing(String argument) implements ArgumentProblem {
    }

    /** An object argument has a property its schema does not know. */
    record UnknownProperty(String argument, String property) implements ArgumentProblem {
    }

    /**
     * A value breaks a rule of its schema.
     *
     * @param argument the argument's path as the model names it ({@code filter.os}, {@code ids[1]})
     * @param rule the rule broken
     * @param expected the rule's values: the allowed types, the allowed values, the bound, the
     *        pattern, the format, or for {@link Rule#INTEGER_RANGE} the lowest and the highest
     */
    record Violation(String argument, Rule rule, List<String> expected) implements ArgumentProblem {

        /** The rules an argument's value can break. */
        public enum Rule {
            TYPE, ONE_OF, CONST, MINIMUM, MAXIMUM, GREATER_THAN, LESS_THAN, MIN_LENGTH, MAX_LENGTH, MIN_ITEMS,
            MAX_ITEMS, UNIQUE_ITEMS, PATTERN, FORMAT, NON_EMPTY_STRING, STRING_ARRAY, INTEGER_RANGE,
            /** {@code arguments} of {@code call_read_tool} and {@code call_write_tool}: the tool's own arguments. */
            TOOL_ARGUMENTS_OBJECT,
            /** A rule without a text of its own: {@code expected} holds the schema library's message. */
            OTHER
        }

        public Violation {
            expected = List.copyOf(expected);
        }

        public Violation(String argument, Rule rule, String... expected) {
            this(argument, rule, List.of(expected));
        }
    }

    /** A value passed the schema but does not fit the argument record (a malformed date, say). */
    record Unreadable(String argument, String problem) implements ArgumentProblem {
    }

    /** The arguments could not be read at all; {@code problem} is what the JSON reader said. */
    record Unparsable(String problem) implements ArgumentProblem {
    }

    /** A path argument is empty, {@code .} or {@code ..}: not an id. */
    record NotAnId(String argument, String value) implements ArgumentProblem {
    }

    /** A header argument holds a line break. */
    record LineBreak(String argument) implements ArgumentProblem {
    }

    /** {@code limit} is over the most the tool's paging style allows. */
    record LimitTooHigh(String tool, int maxPageSize) implements ArgumentProblem {
    }

    /** A tag no tool of this server carries; {@code tags} are those that are carried. */
    record UnknownTag(String tag, List<String> tags) implements ArgumentProblem {

        public UnknownTag {
            tags = List.copyOf(tags);
        }
    }

    /** A meta-tool was asked about a tool this server does not have. */
    record NoSuchTool(String name) implements ArgumentProblem {
    }

    /**
     * A tool called through the wrong meta-tool: a write through {@code call_read_tool} or a read
     * through {@code call_write_tool}.
     *
     * @param method the tool's method class, as its wire name
     * @param changesData whether the tool is a write
     * @param rightCaller the meta-tool to call it with
     */
    record WrongCaller(String tool, String method, boolean changesData, String rightCaller) implements ArgumentProblem {
    }
}

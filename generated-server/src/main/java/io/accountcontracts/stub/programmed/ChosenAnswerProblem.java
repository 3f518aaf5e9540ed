package io.accountcontracts.stub.programmed;

import io.accountcontracts.stub.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a chosen answer breaks the spec, in words that name the rule's field, where in it, and the rule
 * broken: {@code 'body': /errors must be an array, not a string}. The validator's own words for the two
 * commonest rules are put plainly; any other keeps its words, without the validator's names for things.
 */
final class ChosenAnswerProblem {

    private static final Pattern AT_PATH = Pattern.compile("^\\[Path '([^']*)'\\] (.*)$", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile(
            "^Instance type \\((\\w+)\\) does not match any allowed primitive type \\(allowed: \\[(.*)\\]\\)$");
    private static final Pattern REQUIRED =
            Pattern.compile("^Object has missing required properties \\(\\[(.*)\\]\\)$");

    private ChosenAnswerProblem() {}

    /** A problem of the chosen body, as {@code 'body': /where rule}. */
    static String ofBody(Problem problem) {
        Matcher located = AT_PATH.matcher(problem.message());
        String where = located.matches() ? located.group(1) : "";
        String what = located.matches() ? located.group(2) : problem.message();
        return "'body': " + (where.isEmpty() ? "the body" : where) + plainly(what);
    }

    /** A problem of one chosen header, as {@code 'headers': name rule}. */
    static String ofHeader(String name, Problem problem) {
        Matcher located = AT_PATH.matcher(problem.message());
        return "'headers': " + name + plainly(located.matches() ? located.group(2) : problem.message());
    }

    // " must be an array, not a string"; " must have the field "title""; else ": <the validator's words>".
    private static String plainly(String what) {
        Matcher type = TYPE.matcher(what.strip());
        if (type.matches()) {
            List<String> allowed = new ArrayList<>();
            for (String name : type.group(2).split(",")) {
                allowed.add(withArticle(name.replace("\"", "").strip()));
            }
            return " must be " + String.join(" or ", allowed) + ", not " + withArticle(type.group(1));
        }
        Matcher required = REQUIRED.matcher(what.strip());
        if (required.matches()) {
            String[] fields = required.group(1).split(",");
            return " must have the field" + (fields.length > 1 ? "s " : " ") + String.join(", ", fields);
        }
        return ": " + (what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1));
    }

    private static String withArticle(String type) {
        return switch (type) {
            case "null" -> "null";
            case "array", "object", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }
}

package org.brobygge.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Jackson's message about a bad request body, told in the words of JSON: "a number", "a list", "an
 * object", the field's path and the line and column, without the Java types and class names it
 * names (which are the server's business and help no client).
 */
final class JsonErrors {

  private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");
  private static final Pattern CLASS_PAREN =
      Pattern.compile("\\s*\\((?:class|through reference chain)[^)]*\\)");
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:<[^>]*>)?(?:\\[\"[^\"]*\"\\])*");

  private JsonErrors() {}

  /** The path of the field where the body broke, as {@code ties[0].weight}, or null. */
  static String path(JacksonException e) {
    List<JacksonException.Reference> path = e.getPath();
    if (path == null || path.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getPropertyName() != null) {
        if (!text.isEmpty()) {
          text.append('.');
        }
        text.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      }
    }
    return text.isEmpty() ? null : text.toString();
  }

  /** What went wrong, where, in JSON's words. */
  static String reason(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    message = message.lines().findFirst().orElse("");
    message = CLASS_PAREN.matcher(message).replaceAll("");
    Matcher ticks = BACKTICKED.matcher(message);
    StringBuilder plain = new StringBuilder();
    while (ticks.find()) {
      ticks.appendReplacement(plain, Matcher.quoteReplacement(jsonWord(ticks.group(1))));
    }
    ticks.appendTail(plain);
    message = QUALIFIED.matcher(plain).replaceAll("a value").replace("JsonToken.", "");
    String path = path(e);
    TokenStreamLocation at = e.getLocation();
    StringBuilder where = new StringBuilder();
    if (path != null) {
      where.append("field '").append(path).append("'");
    }
    if (at != null && at.getLineNr() > 0) {
      if (!where.isEmpty()) {
        where.append(", ");
      }
      where.append("line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
    }
    return where.isEmpty() ? message.strip() : message.strip() + "; at " + where;
  }

  private static String jsonWord(String javaType) {
    String type = javaType.strip();
    String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
    String simple = raw.substring(raw.lastIndexOf('.') + 1);
    return switch (simple) {
      case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
      case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
      case "boolean", "Boolean" -> "true or false";
      case "String", "char", "Character" -> "text";
      case "List", "ArrayList", "Set", "HashSet", "Collection", "LinkedHashSet" -> "a list";
      case "Map", "HashMap", "LinkedHashMap" -> "an object";
      case "START_OBJECT", "END_OBJECT" -> "an object";
      case "START_ARRAY", "END_ARRAY" -> "a list";
      case "VALUE_STRING" -> "text";
      case "VALUE_NUMBER_INT" -> "a whole number";
      case "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
      case "VALUE_NULL" -> "null";
      default ->
          raw.contains(".") || (!simple.isEmpty() && Character.isUpperCase(simple.charAt(0)))
              ? "an object"
              : type;
    };
  }
}

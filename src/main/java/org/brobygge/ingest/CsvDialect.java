package org.brobygge.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the native CSV files of one import are written: the separator between cells and the decimal
 * mark in numbers. Swedish and Finnish Excel save "CSV" with {@code ;} between cells and {@code ,}
 * as the decimal mark ({@code 1,5}); everything else writes {@code ,} and {@code .}.
 *
 * <p>Each part left {@code null} is detected per file: the separator from the header line (the only
 * line whose content is known: column names hold neither character), the decimal mark from the
 * numbers themselves, see {@link #decimalProblem}. A stated part is used as it is, and a number
 * written with the other mark is an error rather than a guess.
 *
 * @param delimiter the cell separator, or null to detect it from each file's header
 * @param decimal the decimal mark, or null to detect it
 */
public record CsvDialect(Character delimiter, Character decimal) {

  /** Detect both. */
  public static final CsvDialect AUTO = new CsvDialect(null, null);

  public CsvDialect {
    if (delimiter != null && delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be ',', ';' or a tab");
    }
    if (decimal != null && decimal != ',' && decimal != '.') {
      throw new IllegalArgumentException("decimal must be '.' or ','");
    }
  }

  /**
   * The dialect stated by the parameters {@code delimiter} and {@code decimal} (null or blank for
   * detect); each accepts the character or its name.
   *
   * @throws IllegalArgumentException naming the valid values
   */
  public static CsvDialect of(String delimiter, String decimal) {
    return new CsvDialect(delimiterOf(delimiter), decimalOf(decimal));
  }

  private static Character delimiterOf(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      case "tab", "\\t" -> '\t';
      case "auto" -> null;
      default ->
          text.equals("\t")
              ? '\t'
              : fail(
                  "delimiter '" + text + "' is not one of ',' (comma), ';' (semicolon), tab, auto");
    };
  }

  private static Character decimalOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case ".", "point", "dot" -> '.';
      case ",", "comma" -> ',';
      case "auto" -> null;
      default -> fail("decimal '" + text + "' is not one of '.' (point), ',' (comma), auto");
    };
  }

  private static Character fail(String message) {
    throw new IllegalArgumentException(message);
  }

  /** The separator of a file whose first line is {@code header}, or a problem message. */
  public record Separator(char delimiter, String problem) {}

  public Separator separatorFor(String header) {
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    if (delimiter != null) {
      long stated = header.chars().filter(c -> c == delimiter).count();
      char other = delimiter == ';' ? ',' : ';';
      if (stated == 0 && header.indexOf(other) >= 0) {
        return new Separator(
            delimiter,
            "the header is separated by '"
                + other
                + "', but delimiter="
                + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
                + " was stated; state delimiter="
                + other
                + " or leave it out to detect it");
      }
      return new Separator(delimiter, null);
    }
    if (commas > 0 && semicolons > 0) {
      return new Separator(
          ',',
          "the header holds both ',' and ';', so the separator cannot be told; state it with"
              + " delimiter=; or delimiter=, (command line: --delimiter)");
    }
    if (semicolons > 0) {
      return new Separator(';', null);
    }
    if (commas == 0 && header.indexOf('\t') >= 0) {
      return new Separator('\t', null);
    }
    return new Separator(',', null);
  }

  /** Per file: the decimal mark the first decimal number used, to hold the rest to it. */
  static final class Decimals {
    private final CsvDialect dialect;
    private final char delimiter;
    private Character seen;
    private long seenLine;

    Decimals(CsvDialect dialect, char delimiter) {
      this.dialect = dialect;
      this.delimiter = delimiter;
    }

    /**
     * {@code text} (non-empty) with its decimal mark as {@code .}, ready for the plain-decimal
     * check; or throws {@link IllegalArgumentException} with the reason it cannot be read safely.
     *
     * <p>Stated: only that mark. Detected in a comma-separated file: {@code .} only (a quoted
     * {@code 1,5} could be a thousands separator). Detected in a semicolon or tab file: {@code ,}
     * or {@code .}, but one of them throughout the file, and never both in one number ({@code
     * 1.234,5}): Nordic Excel groups thousands with a space, so a mix means text typed by hand, and
     * which is meant cannot be told.
     */
    String normalise(String text, long line) {
      boolean comma = text.indexOf(',') >= 0;
      boolean point = text.indexOf('.') >= 0;
      if (!comma && !point) {
        return text;
      }
      if (comma && point) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' holds both '.' and ',', so which is the decimal mark cannot be told; write"
                + " the number without a thousands separator, e.g. 1234"
                + (expected() == '.' ? ".5" : ",5"));
      }
      char mark = comma ? ',' : '.';
      if (dialect.decimal() != null) {
        if (mark != dialect.decimal()) {
          throw new IllegalArgumentException(
              "'"
                  + text
                  + "' uses '"
                  + mark
                  + "' but this import states decimal="
                  + dialect.decimal()
                  + "; write it as "
                  + text.replace(mark, dialect.decimal()));
        }
      } else if (delimiter == ',') {
        if (mark == ',') {
          throw new IllegalArgumentException(
              "'"
                  + text
                  + "' is not a number in a comma-separated file (use a '.' for decimals, e.g."
                  + " 2.5, or state decimal=,)");
        }
      } else if (seen == null) {
        seen = mark;
        seenLine = line;
      } else if (seen != mark) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' uses '"
                + mark
                + "' as decimal mark but line "
                + seenLine
                + " uses '"
                + seen
                + "': which is meant cannot be told safely; write all numbers one way, or state"
                + " decimal=, or decimal=. (command line: --decimal)");
      }
      return mark == ',' ? text.replace(',', '.') : text;
    }

    private char expected() {
      if (dialect.decimal() != null) {
        return dialect.decimal();
      }
      return seen != null ? seen : delimiter == ',' ? '.' : ',';
    }
  }

  /**
   * The file's text as UTF-8 (a byte order mark dropped), or the reason it is not: a UTF-16 file
   * (by its byte order mark, or by the NUL bytes every other byte that ASCII text in UTF-16 has) or
   * bytes that are not UTF-8 (most often Windows-1252 / Latin-1, what Excel's plain "CSV" writes on
   * Windows), with the line of the first such byte and how to save the file as UTF-8.
   */
  public static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 2) {
      int b0 = bytes[0] & 0xff;
      int b1 = bytes[1] & 0xff;
      if (b0 == 0xFF && b1 == 0xFE) {
        return Decoded.problem(1, "is UTF-16 little-endian text (byte order mark FF FE)" + RESAVE);
      }
      if (b0 == 0xFE && b1 == 0xFF) {
        return Decoded.problem(1, "is UTF-16 big-endian text (byte order mark FE FF)" + RESAVE);
      }
    }
    String utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return Decoded.problem(
          1, "is UTF-16 " + utf16 + " text (a NUL byte beside every character)" + RESAVE);
    }
    int offset = 0;
    if (n >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      offset = 3; // byte order mark, as Excel's "CSV UTF-8" writes it
    }
    try {
      return new Decoded(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes, offset, n - offset))
              .toString(),
          0,
          null);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      long line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      int b = bytes[bad] & 0xff;
      String asLatin = new String(new byte[] {bytes[bad]}, Charset.forName("windows-1252")).strip();
      String guess =
          asLatin.isEmpty() || Character.isISOControl(asLatin.charAt(0))
              ? ""
              : ", which is '" + asLatin + "' in Windows-1252 / Latin-1";
      return Decoded.problem(
          line,
          "is not UTF-8: byte 0x%02X%s; the file looks like Windows-1252 / Latin-1 (ISO-8859-1),"
                  .formatted(b, guess)
              + " what Excel's plain 'CSV' writes"
              + RESAVE
              + ", or convert it: iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv");
    }
  }

  private static final String RESAVE =
      "; save it as UTF-8: in Excel File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)', in"
          + " LibreOffice Save As > Text CSV with character set 'Unicode (UTF-8)'";

  /** The text, or the line and message of why it could not be read. */
  public record Decoded(String text, long line, String problem) {
    static Decoded problem(long line, String message) {
      return new Decoded(null, line, message);
    }
  }

  /**
   * "little-endian" or "big-endian" when the first bytes look like UTF-16 without a byte order
   * mark: most odd (or even) bytes NUL and the others not, as ASCII text in UTF-16 is.
   */
  private static String utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs) {
      return "little-endian";
    }
    if (evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs) {
      return "big-endian";
    }
    return null;
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] bytes, int from) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var in = java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from);
    var out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return Math.max(from, bytes.length - 1);
      }
      out.clear();
    }
  }
}

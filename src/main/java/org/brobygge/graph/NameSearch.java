package org.brobygge.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds actors by a piece of their name or id the way a person types it: without diacritics and
 * regardless of case, so {@code alvsby} finds "Älvsbyns Rökeri AB" and {@code oulun} finds "Oulun
 * yliopisto". Built once per snapshot (the folded names are kept), then each search is a scan of
 * plain strings.
 */
public final class NameSearch {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final EcosystemGraph graph;
  private final String[] folded;

  public NameSearch(EcosystemGraph graph) {
    this.graph = graph;
    this.folded = new String[graph.actorCount()];
    for (int a = 0; a < folded.length; a++) {
      folded[a] = fold(graph.actorName(a)) + '\n' + fold(graph.actorId(a));
    }
  }

  /** The ids of the actors whose name or id contains {@code text}, folded; in actor order. */
  public List<String> matchingIds(String text) {
    String needle = fold(text.strip());
    List<String> ids = new ArrayList<>();
    if (needle.isEmpty() || needle.indexOf('\n') >= 0) {
      return ids;
    }
    for (int a = 0; a < folded.length; a++) {
      if (folded[a].contains(needle)) {
        ids.add(graph.actorId(a));
      }
    }
    return ids;
  }

  /**
   * Text in the form searches compare: Unicode compatibility decomposition (NFKD) with the
   * combining marks removed, the Nordic and other letters that have no decomposition (ø, æ, ð, þ,
   * ß, ł, đ, œ, ı) spelt in ASCII, and lower case. "Ålands Ø-Bryggeri" becomes "alands o-bryggeri".
   */
  public static String fold(String text) {
    String decomposed =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case 'ø', 'Ø' -> out.append('o');
        case 'æ', 'Æ' -> out.append("ae");
        case 'œ', 'Œ' -> out.append("oe");
        case 'ð', 'Ð', 'đ', 'Đ' -> out.append('d');
        case 'þ', 'Þ' -> out.append("th");
        case 'ß' -> out.append("ss");
        case 'ł', 'Ł' -> out.append('l');
        case 'ı' -> out.append('i');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}

package org.brobygge.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tie kinds a deployment knows: the built-in six plus any configured extension. */
public final class TieKinds {

  public static final List<TieKind> BUILT_IN =
      List.of(
          TieKind.RESEARCH,
          TieKind.EDUCATION,
          TieKind.CAPITAL,
          TieKind.AUTHORITY,
          TieKind.TRADE,
          TieKind.COLLABORATION);

  private final Map<String, TieKind> byId;

  private TieKinds(Map<String, TieKind> byId) {
    this.byId = byId;
  }

  public static TieKinds builtIn() {
    return withExtra(List.of());
  }

  /**
   * The built-in kinds plus {@code extra}. An extra kind may not redefine a built-in one with a
   * different direction, since stored ties would then be read two ways.
   */
  public static TieKinds withExtra(Collection<TieKind> extra) {
    Map<String, TieKind> byId = new LinkedHashMap<>();
    BUILT_IN.forEach(k -> byId.put(k.id(), k));
    for (TieKind kind : extra) {
      TieKind known = byId.putIfAbsent(kind.id(), kind);
      if (known != null && known.directed() != kind.directed()) {
        throw new IllegalArgumentException(
            "tie kind '" + kind.id() + "' is built in with directed=" + known.directed());
      }
    }
    return new TieKinds(byId);
  }

  public Optional<TieKind> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The kind stored as relationship type {@code type}: a known kind, or an undirected kind of that
   * name for a type written by hand; empty when the type is no valid kind id once lower-cased.
   */
  public Optional<TieKind> forRelationshipType(String type) {
    String id = type.toLowerCase(java.util.Locale.ROOT);
    TieKind known = byId.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      return Optional.of(new TieKind(id, false));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public List<TieKind> all() {
    return new ArrayList<>(byId.values());
  }

  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }
}

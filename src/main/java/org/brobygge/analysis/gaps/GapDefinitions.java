package org.brobygge.analysis.gaps;

import java.util.List;
import java.util.Optional;

/**
 * The configured gap definitions and the reference year they are judged at.
 *
 * @param definitions in the order answers list them
 * @param referenceYear "now" for judging how long ago a tie ended
 */
public record GapDefinitions(List<GapDefinition> definitions, int referenceYear) {
  public GapDefinitions {
    definitions = List.copyOf(definitions);
  }

  public Optional<GapDefinition> byId(String id) {
    return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return definitions.stream().map(GapDefinition::id).toList();
  }
}

package org.brobygge.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.communities.CommunityAlgorithm;
import org.brobygge.export.NetworkExport;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.springframework.stereotype.Component;

/**
 * The closed lists of the core that query parameters take: measures, link-prediction indexes,
 * community algorithms, export formats, sectors and roles, each by its own ids.
 */
@Component
class CoreChoices extends ChoiceConverter {

  CoreChoices() {
    super(
        new Choice<>(Measure.class, "measure", Measure::byId, Measure::ids),
        new Choice<>(
            LinkPredictionIndex.class,
            "index",
            LinkPredictionIndex::byId,
            LinkPredictionIndex::ids),
        new Choice<>(
            CommunityAlgorithm.class,
            "algorithm",
            CommunityAlgorithm::byId,
            CommunityAlgorithm::ids),
        new Choice<>(
            NetworkExport.Format.class,
            "format",
            CoreChoices::format,
            () -> Arrays.stream(NetworkExport.Format.values()).map(f -> f.extension()).toList()),
        new Choice<>(Sector.class, "sector", Sector::fromId, Sector::ids),
        new Choice<>(Role.class, "role", Role::fromId, Role::ids));
  }

  /** A format by its extension, ignoring case ({@code GEXF} as well as {@code gexf}). */
  private static Optional<NetworkExport.Format> format(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return Arrays.stream(NetworkExport.Format.values())
        .filter(f -> f.extension().equals(wanted))
        .findFirst();
  }
}

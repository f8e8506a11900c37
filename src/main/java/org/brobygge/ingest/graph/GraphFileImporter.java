package org.brobygge.ingest.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.springframework.stereotype.Service;

/**
 * Imports a GEXF or GraphML file: parse and check it ({@link GraphFileParser}), add the ecosystems
 * it names that the database does not have (named by their id) unless the mapping says not to, then
 * validate and write all or nothing through the native import's {@link NativeImporter#importData}.
 */
@Service
public class GraphFileImporter {

  private final GraphFileParser parser;
  private final NativeImporter importer;

  GraphFileImporter(TieKinds tieKinds, NativeCsvParser.Limits limits, NativeImporter importer) {
    this.parser = new GraphFileParser(tieKinds, limits);
    this.importer = importer;
  }

  /**
   * What a graph-file import read and wrote.
   *
   * @param write the write's report, as the native import gives it
   * @param format gexf or graphml
   * @param ecosystemsCreated ecosystems the file named that the database did not have, created with
   *     their id as name (rename them with an ecosystems.csv import)
   */
  public record GraphImportReport(
      NativeImporter.ImportReport write, String format, List<String> ecosystemsCreated) {}

  /**
   * @throws org.brobygge.ingest.ImportRejectedException when the file has a problem; nothing is
   *     written then
   * @throws org.brobygge.ingest.ImportBusyException when another import is being written
   */
  public GraphImportReport importFile(byte[] bytes, String fileName, GraphMapping mapping) {
    GraphFileParser.Result result = parser.parse(bytes, fileName, mapping);
    EcosystemData data = result.data();
    List<String> created = new ArrayList<>();
    if (mapping.createEcosystems() && !result.ecosystemIds().isEmpty()) {
      Set<String> missing = new LinkedHashSet<>(result.ecosystemIds());
      missing.removeAll(importer.knownIds().existingEcosystems(result.ecosystemIds()));
      created.addAll(missing);
      List<Ecosystem> ecosystems = new ArrayList<>(data.ecosystems());
      missing.forEach(id -> ecosystems.add(new Ecosystem(id, id, "")));
      data = new EcosystemData(ecosystems, data.actors(), data.ties());
    }
    String name = fileName == null || fileName.isBlank() ? "graph" : fileName;
    NativeImporter.ImportReport write = importer.importData(data, List.of(name));
    return new GraphImportReport(write, result.format().root(), created);
  }
}

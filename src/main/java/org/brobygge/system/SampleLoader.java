package org.brobygge.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.store.NetworkQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the sample ecosystem on first start: when {@code brobygge.sample.load-on-start} is true and
 * the database holds no actors. A database with data is never touched.
 *
 * <p>It runs once all beans exist and before the web server opens its port, so the first request
 * already sees the sample.
 */
@Component
class SampleLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

  private final BrobyggeProperties properties;
  private final NetworkQueries queries;
  private final NativeImporter importer;
  private final ResourceLoader resources;

  SampleLoader(
      BrobyggeProperties properties,
      NetworkQueries queries,
      NativeImporter importer,
      ResourceLoader resources) {
    this.properties = properties;
    this.queries = queries;
    this.importer = importer;
    this.resources = resources;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try {
      loadIfEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the sample ecosystem", e);
    }
  }

  private void loadIfEmpty() throws IOException {
    if (!properties.sample().loadOnStart()) {
      return;
    }
    long actors = queries.actorCount();
    if (actors > 0) {
      log.info("Database holds {} actors; sample not loaded", actors);
      return;
    }
    String location = properties.sample().location();
    String base = location.endsWith("/") ? location : location + "/";
    var report =
        importer.importFiles(
            ImportFiles.of(
                read(base + ImportFiles.ECOSYSTEMS),
                read(base + ImportFiles.ACTORS),
                read(base + ImportFiles.TIES),
                readIfThere(base + ImportFiles.MEMBERSHIPS)));
    log.info(
        "Sample ecosystem loaded from {} in {} ms: {} ecosystems, {} actors, {} ties",
        location,
        report.millis(),
        report.ecosystems(),
        report.actors(),
        report.ties());
  }

  /** An optional file of the sample (memberships with years), or null. */
  private byte[] readIfThere(String location) throws IOException {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      return null;
    }
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    }
  }

  private byte[] read(String location) throws IOException {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException(
          "Sample file "
              + location
              + " not found; set brobygge.sample.location or"
              + " brobygge.sample.load-on-start=false");
    }
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    }
  }
}

package org.ehelp.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of the search index, read when the application starts. */
@ApplicationScoped
public class SearchSettings {

  /**
   * {@code ehelp.search.directory} (path; default {@code search-index} under the Payara instance's
   * directory, else under the temporary directory): where this instance keeps its index.
   */
  @Inject
  @ConfigProperty(name = "ehelp.search.directory")
  Optional<String> directory;

  /**
   * {@code ehelp.search.journal-retention} (ISO-8601 duration; default {@code P7D}): journal rows
   * older than this are deleted. An instance stopped for longer rebuilds its index when it starts.
   */
  @Inject
  @ConfigProperty(name = "ehelp.search.journal-retention", defaultValue = "P7D")
  Duration retention;

  /**
   * {@code ehelp.search.gap-wait} (ISO-8601 duration; default {@code PT10S}): how long the indexer
   * waits for a journal row whose id was skipped, because a transaction that took a lower id may
   * commit after one that took a higher id.
   */
  @Inject
  @ConfigProperty(name = "ehelp.search.gap-wait", defaultValue = "PT10S")
  Duration gapWait;

  public Path directory() {
    return directory
        .map(Path::of)
        .orElseGet(
            () -> {
              String instance = System.getProperty("com.sun.aas.instanceRoot");
              String base = instance != null ? instance : System.getProperty("java.io.tmpdir");
              return Path.of(base, "search-index");
            });
  }

  public Duration retention() {
    return retention;
  }

  public Duration gapWait() {
    return gapWait;
  }
}

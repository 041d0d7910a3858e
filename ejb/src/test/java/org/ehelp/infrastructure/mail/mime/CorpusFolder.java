package org.ehelp.infrastructure.mail.mime;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One folder of real messages with its {@code expected.json}. Folders whose licence allows it
 * (Apache, BSD, MIT) are copied under {@code src/test/resources/mail-corpus}, each with its README
 * naming the source; the others (GPL, AGPL, or no clear licence) are read from the shared corpus
 * beside the repository, {@code ../shared/corpus}, or the folder that the system property {@code
 * ehelp.corpus.dir} names. A message is looked up in the copy first, then in the shared corpus.
 */
final class CorpusFolder {

  /** Where the shared corpus is; the build sets it, and -Dehelp.corpus.dir overrides it. */
  static final Path SHARED =
      Path.of(System.getProperty("ehelp.corpus.dir", "../../shared/corpus")).toAbsolutePath();

  private final String name;
  private final Path copy;
  private final Path shared;

  private CorpusFolder(String name, Path copy, Path shared) {
    this.name = name;
    this.copy = copy;
    this.shared = shared;
  }

  /** Finds the folder in the project's copy or in the shared corpus. */
  static Optional<CorpusFolder> locate(String name) {
    Path copy = copied(name);
    Path shared = SHARED.resolve(name);
    if (copy == null && !Files.isDirectory(shared)) {
      return Optional.empty();
    }
    return Optional.of(new CorpusFolder(name, copy, Files.isDirectory(shared) ? shared : null));
  }

  String name() {
    return name;
  }

  /** Returns the expected results: the copy's expected.json, else the shared one. */
  List<JsonObject> expected() {
    Path file = (copy != null ? copy : shared).resolve("expected.json");
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      JsonArray entries = reader.readArray();
      return entries.stream().map(v -> v.asJsonObject()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Returns the message's bytes, or empty when neither the copy nor the shared corpus has it. */
  Optional<byte[]> read(String file) throws IOException {
    for (Path folder : new Path[] {copy, shared}) {
      if (folder != null && Files.isRegularFile(folder.resolve(file))) {
        return Optional.of(Files.readAllBytes(folder.resolve(file)));
      }
    }
    return Optional.empty();
  }

  private static Path copied(String name) {
    URL url = CorpusFolder.class.getResource("/mail-corpus/" + name + "/expected.json");
    if (url == null) {
      return null;
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unreadable test resource " + url, e);
    }
  }
}

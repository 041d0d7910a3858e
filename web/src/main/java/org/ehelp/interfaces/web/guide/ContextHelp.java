package org.ehelp.interfaces.web.guide;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Maps a page's view id to the guide section about it, from {@code
 * org/ehelp/guide/context.properties}: the help link in the header opens that section.
 */
@ApplicationScoped
public class ContextHelp {

  private final Properties map = load();

  /** A guide section: the role of its guide and its anchor. */
  public record Target(String role, String section) {}

  /**
   * Returns the section about a page for a person with these guide roles, most specific first.
   *
   * @param roles guide roles such as {@code call-center}, in the order they should win
   */
  public Target target(String viewId, List<String> roles) {
    String found = null;
    for (String role : roles) {
      found = found == null ? map.getProperty(viewId + "." + role) : found;
    }
    if (found == null) {
      found = map.getProperty(viewId);
    }
    if (found == null) {
      found = folder(viewId);
    }
    if (found == null) {
      return new Target(roles.isEmpty() ? "requester" : roles.get(0), null);
    }
    int hash = found.indexOf('#');
    return new Target(found.substring(0, hash), found.substring(hash + 1));
  }

  private String folder(String viewId) {
    String best = null;
    for (String key : map.stringPropertyNames()) {
      if (key.endsWith("/*") && viewId.startsWith(key.substring(0, key.length() - 1))) {
        if (best == null || key.length() > best.length()) {
          best = key;
        }
      }
    }
    return best == null ? null : map.getProperty(best);
  }

  private static Properties load() {
    String resource = "org/ehelp/guide/context.properties";
    Properties properties = new Properties();
    InputStream in = ContextHelp.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The guide map " + resource + " is missing from the build");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }
}

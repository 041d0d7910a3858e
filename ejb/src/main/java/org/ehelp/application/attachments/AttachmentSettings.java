package org.ehelp.application.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.domain.model.setting.AppSettingRepository;

/**
 * Limits on attached files. Each value is read from the {@code app_setting} table, under the name
 * of its MicroProfile Config property, when an admin changed it in the portal, and otherwise from
 * MicroProfile Config.
 */
@ApplicationScoped
public class AttachmentSettings {

  /** The largest file an admin may allow: 100 MiB, the multipart limit of the web module. */
  public static final long MAX_BYTES_CEILING = 100L * 1024 * 1024;

  static final String MAX_BYTES_KEY = "ehelp.attachments.max-bytes";
  static final String EXTENSIONS_KEY = "ehelp.attachments.allowed-extensions";

  /**
   * {@code ehelp.attachments.max-bytes} (long, bytes, default 10485760 = 10 MiB, at most {@link
   * #MAX_BYTES_CEILING}): the largest file accepted as an attachment.
   */
  @Inject
  @ConfigProperty(name = MAX_BYTES_KEY, defaultValue = "10485760")
  long configuredMaxBytes;

  /**
   * {@code ehelp.attachments.allowed-extensions} (comma-separated list, default every extension of
   * {@link FileTypes#known()}): the file name extensions accepted; unknown extensions are ignored.
   */
  @Inject
  @ConfigProperty(
      name = EXTENSIONS_KEY,
      defaultValue = "csv,docx,eml,gif,jpeg,jpg,log,odp,ods,odt,pdf,png,pptx,txt,xlsx,zip")
  String configuredExtensions;

  @Inject private AppSettingRepository settings;

  /** Returns the largest file accepted, in bytes. */
  public long maxBytes() {
    long value = settings.find(MAX_BYTES_KEY).map(Long::parseLong).orElse(configuredMaxBytes);
    return Math.max(1, Math.min(value, MAX_BYTES_CEILING));
  }

  /** Returns the accepted extensions, lower case, in alphabetical order. */
  public Set<String> allowedExtensions() {
    return parseExtensions(settings.find(EXTENSIONS_KEY).orElse(configuredExtensions));
  }

  /**
   * Reads a comma-separated list of extensions, keeping only those of {@link FileTypes#known()}.
   */
  public static Set<String> parseExtensions(String list) {
    return Arrays.stream(list.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .map(s -> s.startsWith(".") ? s.substring(1) : s)
        .filter(FileTypes.known()::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Stores the limits an admin chose; they apply to every instance at once. */
  void change(long maxBytes, Set<String> extensions) {
    settings.put(MAX_BYTES_KEY, Long.toString(maxBytes));
    settings.put(EXTENSIONS_KEY, String.join(",", new TreeSet<>(extensions)));
  }
}

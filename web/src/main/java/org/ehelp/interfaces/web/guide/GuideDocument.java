package org.ehelp.interfaces.web.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One guide file, parsed: its title, and its sections of paragraphs and bullet lists. The files are
 * a small subset of Markdown: {@code # Title}, {@code ## Heading {#id}}, paragraphs separated by
 * blank lines, and {@code - } list items whose continuation lines are indented.
 */
public record GuideDocument(String role, String language, String title, List<Section> sections) {

  private static final Pattern HEADING = Pattern.compile("^##\\s+(.+?)\\s*\\{#([a-z0-9-]+)}\\s*$");

  /** A section: its anchor, heading and blocks. */
  public record Section(String id, String title, List<Block> blocks) {

    /** Returns the section as plain text. */
    public String text() {
      StringBuilder text = new StringBuilder();
      for (Block block : blocks) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(String.join("\n", block.lines()));
      }
      return text.toString();
    }
  }

  /** A paragraph (one line) or a bullet list (one line per item). */
  public record Block(boolean list, List<String> lines) {}

  /**
   * Parses a guide file.
   *
   * @throws IllegalArgumentException when the file has no title or a heading has no anchor
   */
  public static GuideDocument parse(String role, String language, String markdown) {
    String title = null;
    List<Section> sections = new ArrayList<>();
    SectionBuilder current = null;
    for (String raw : markdown.split("\\R", -1)) {
      String line = raw.stripTrailing();
      if (line.startsWith("# ")) {
        title = line.substring(2).strip();
      } else if (line.startsWith("## ")) {
        Matcher heading = HEADING.matcher(line);
        if (!heading.matches()) {
          throw new IllegalArgumentException(
              "Guide " + language + "/" + role + ": the heading \"" + line + "\" has no {#id}");
        }
        if (current != null) {
          sections.add(current.build());
        }
        current = new SectionBuilder(heading.group(2), heading.group(1));
      } else if (current != null) {
        current.add(line);
      }
    }
    if (current != null) {
      sections.add(current.build());
    }
    if (title == null) {
      throw new IllegalArgumentException("Guide " + language + "/" + role + " has no # title");
    }
    return new GuideDocument(role, language, title, List.copyOf(sections));
  }

  /** Collects the lines of one section into blocks. */
  private static final class SectionBuilder {

    private final String id;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean list;

    SectionBuilder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    void add(String line) {
      if (line.isBlank()) {
        close();
      } else if (line.startsWith("- ")) {
        if (!list) {
          close();
          list = true;
        }
        lines.add(line.substring(2).strip());
      } else if (list && line.startsWith("  ")) {
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + " " + line.strip());
      } else {
        if (list) {
          close();
        }
        if (lines.isEmpty()) {
          lines.add(line.strip());
        } else {
          lines.set(0, lines.get(0) + " " + line.strip());
        }
      }
    }

    private void close() {
      if (!lines.isEmpty()) {
        blocks.add(new Block(list, List.copyOf(lines)));
      }
      lines.clear();
      list = false;
    }

    Section build() {
      close();
      return new Section(id, title, List.copyOf(blocks));
    }
  }
}

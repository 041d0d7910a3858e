package org.ehelp.infrastructure.mail.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Sanitizes HTML bodies with jsoup and renders them as plain text.
 *
 * <p>Sanitizing keeps jsoup's relaxed list of formatting elements and drops everything else:
 * scripts, styles, forms, frames, event handler attributes and any link or image whose protocol is
 * not http, https or mailto (images may also use {@code cid:} to point at an inline part). So no
 * script, event handler or {@code javascript:} link of a message ever reaches a browser.
 */
public final class HtmlBodies {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "ul",
          "ol",
          "hr",
          "dt",
          "dd",
          "address",
          "section",
          "article",
          "header",
          "footer");

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addProtocols("img", "src", "cid")
          .addAttributes(":all", "dir", "lang", "title")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private HtmlBodies() {}

  /** Returns the body of the HTML document or fragment, with only safe markup left. */
  public static String sanitize(String html) {
    Document dirty = Jsoup.parse(html);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** Renders HTML as plain text: one line per block element, whitespace collapsed within lines. */
  public static String toText(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head, title").remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new TextCollector(text), document.body());
    return tidy(text.toString());
  }

  /** Renders plain text as HTML that shows the same lines. */
  public static String fromText(String text) {
    StringBuilder html = new StringBuilder("<div>");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        html.append("<br>");
      }
      html.append(Entities.escape(lines[i]));
    }
    return html.append("</div>").toString();
  }

  private static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      out.append(line.replaceAll("[ \\t\\u00a0]+", " ").strip()).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Appends text nodes, with a line break around each block element. */
  private record TextCollector(StringBuilder text) implements NodeVisitor {

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.text());
      } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        text.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element
          && BLOCKS.contains(element.normalName())
          && !element.normalName().equals("br")) {
        text.append('\n');
      }
    }
  }
}

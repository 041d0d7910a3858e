package org.ehelp.it;

import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.RequestPage;
import org.ehelp.it.browser.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text inside attached files is searchable: files are uploaded in the portal as a person would,
 * then searched through the API. An internal file's text is found by staff only.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentSearchIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @RegisterExtension final BrowserExtension chromium = new BrowserExtension(1280, 900);

  @ArquillianResource private URL portalUrl;

  @TempDir Path files;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void pointAtPortal() {
    DESK.at(portalUrl);
  }

  @Test
  void wordInsideAnUploadedPdf_findsTheRequest() throws IOException {
    String word = word();
    long request = id(DESK.file("rita", "Invoice question " + word()));
    Path pdf = files.resolve("invoice.pdf");
    Files.write(pdf, pdf("Amount due for " + word));

    Session.signIn(chromium.browser(), portalUrl, "rita")
        .goTo(RequestPage.class)
        .open(request)
        .attach(pdf);

    JsonObject forRita = awaitSearch("rita", word, r -> ids(r).contains(Long.toString(request)));
    assertEquals(List.of(Long.toString(request)), ids(forRita));
    assertEquals(0, search("ralph", word).getInt("total"), "another requester finds nothing");
  }

  @Test
  void wordInsideAnInternalFile_isFoundByStaffOnly() throws IOException {
    String own = word();
    String secret = word();
    long request = id(DESK.file("rita", "Laptop slow " + own));
    Path note = files.resolve("diagnosis.docx");
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(note)) {
      document.createParagraph().createRun().setText("Disk nearly failing " + secret);
      document.write(out);
    }

    Session.signIn(chromium.browser(), portalUrl, "agent")
        .goTo(RequestPage.class)
        .open(request)
        .attachInternally()
        .attach(note);

    JsonObject forAgent =
        awaitSearch("agent", secret, r -> ids(r).contains(Long.toString(request)));
    awaitSearch("rita", own, r -> ids(r).contains(Long.toString(request)));
    JsonObject forRita = search("rita", secret);
    JsonObject ritaOwn = search("rita", own);

    assertEquals(List.of(Long.toString(request)), ids(forAgent));
    assertEquals(0, forRita.getInt("total"), forRita::toString);
    assertFalse(ritaOwn.toString().contains(secret), ritaOwn::toString);
  }

  private static byte[] pdf(String line) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        stream.newLineAtOffset(72, 700);
        stream.showText(line);
        stream.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static JsonObject awaitSearch(String login, String text, Predicate<JsonObject> done) {
    Instant end = Instant.now().plus(DEADLINE);
    JsonObject last = search(login, text);
    while (!done.test(last)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Search for " + text + " as " + login + " still gives " + last);
      }
      sleep();
      last = search(login, text);
    }
    return last;
  }

  private static JsonObject search(String login, String text) {
    return DESK.as(login)
        .get("search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
        .expect(200)
        .json();
  }

  private static List<String> ids(JsonObject result) {
    return result.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
  }

  /** Returns a word no other request contains, without digits so that it stays one token. */
  private static String word() {
    StringBuilder word = new StringBuilder("zt");
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
      if (word.length() == 12) {
        break;
      }
    }
    return word.toString();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

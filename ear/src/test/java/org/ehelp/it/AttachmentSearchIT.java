package org.ehelp.it;

import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  private static final Searches SEARCH = new Searches(DESK);

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
    String word = Searches.uniqueWord();
    long request = id(DESK.file("rita", "Invoice question " + Searches.uniqueWord()));
    Path pdf = files.resolve("invoice.pdf");
    Files.write(pdf, pdf("Amount due for " + word));

    Session.signIn(chromium.browser(), portalUrl, "rita")
        .goTo(RequestPage.class)
        .open(request)
        .attach(pdf);

    JsonObject forRita =
        SEARCH.await("rita", word, r -> Searches.ids(r).contains(Long.toString(request)));
    assertEquals(List.of(Long.toString(request)), Searches.ids(forRita));
    assertEquals(0, SEARCH.query("ralph", word).getInt("total"), "another requester finds nothing");
  }

  @Test
  void wordInsideAnInternalFile_isFoundByStaffOnly() throws IOException {
    String own = Searches.uniqueWord();
    String secret = Searches.uniqueWord();
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
        SEARCH.await("agent", secret, r -> Searches.ids(r).contains(Long.toString(request)));
    SEARCH.await("rita", own, r -> Searches.ids(r).contains(Long.toString(request)));
    JsonObject forRita = SEARCH.query("rita", secret);
    JsonObject ritaOwn = SEARCH.query("rita", own);

    assertEquals(List.of(Long.toString(request)), Searches.ids(forAgent));
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
}

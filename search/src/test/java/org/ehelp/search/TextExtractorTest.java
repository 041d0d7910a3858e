package org.ehelp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Reads files that the tests build with PDFBox and POI, as users would attach them. */
class TextExtractorTest {

  private final TextExtractor extractor = TextExtractor.create(100_000);

  @Test
  void readsThePdfText() throws IOException {
    ExtractedText text =
        extractor.extract("report.pdf", pdf("Quarterly zanzibar figures", null, null));

    assertEquals("application/pdf", text.mediaType());
    assertTrue(text.text().contains("Quarterly zanzibar figures"), text.text());
    assertFalse(text.failed());
  }

  @Test
  void readsAWordDocument() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Le serveur de fichiers est saturé");
      ExtractedText text = extractor.extract("note.docx", bytes(document::write));

      assertEquals(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          text.mediaType());
      assertTrue(text.text().contains("Le serveur de fichiers est saturé"), text.text());
    }
  }

  @Test
  void readsSpreadsheetsOfBothFormats() throws IOException {
    for (Workbook workbook : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
      try (workbook) {
        workbook.createSheet("Stock").createRow(0).createCell(0).setCellValue("toner cyan");
        String name = workbook instanceof XSSFWorkbook ? "stock.xlsx" : "stock.xls";
        ExtractedText text = extractor.extract(name, bytes(workbook::write));

        assertTrue(text.text().contains("toner cyan"), name + ": " + text);
      }
    }
  }

  @Test
  void readsPlainTextInLatin1() {
    byte[] content =
        "Numéro de série : l'écran clignote après la mise à jour.\nÀ voir avec l'équipe réseau.\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    ExtractedText text = extractor.extract("journal.txt", content);

    assertEquals("text/plain", text.mediaType());
    assertTrue(text.text().contains("l'écran clignote après la mise à jour"), text.text());
  }

  @Test
  void givesNoTextForImagesAndArchives() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H'};
    byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    for (ExtractedText text :
        new ExtractedText[] {
          extractor.extract("shot.png", png), extractor.extract("logs.zip", zip)
        }) {
      assertEquals("", text.text());
      assertFalse(text.failed(), text.toString());
    }
  }

  @Test
  void givesNoTextAndAReasonForADamagedPdf() throws IOException {
    byte[] content = pdf("Never read", null, null);
    byte[] damaged = Arrays.copyOf(content, 40);
    Arrays.fill(damaged, 20, 40, (byte) 0x7f);

    ExtractedText text = extractor.extract("damaged.pdf", damaged);

    assertEquals("", text.text());
    assertNotNull(text.failure());
  }

  @Test
  void givesNoTextAndAReasonForAnEncryptedPdf() throws IOException {
    ExtractedText text = extractor.extract("secret.pdf", pdf("Hidden words", "s3cret", "owner"));

    assertEquals("", text.text());
    assertTrue(text.failed());
  }

  @Test
  void readsAPdfLockedOnlyAgainstEditing() throws IOException {
    ExtractedText text = extractor.extract("locked.pdf", pdf("Printable words", "", "owner"));

    assertTrue(text.text().contains("Printable words"), text.toString());
    assertFalse(text.failed());
  }

  @Test
  void cutsTheTextAtTheLimit() {
    TextExtractor small = TextExtractor.create(50);
    byte[] content = "word ".repeat(1_000).getBytes(StandardCharsets.US_ASCII);

    ExtractedText text = small.extract("long.txt", content);

    assertTrue(text.truncated());
    assertFalse(text.failed());
    assertTrue(text.text().length() <= 50, text.text());
    assertTrue(text.text().startsWith("word word"), text.text());
  }

  /** Returns a one-page PDF, encrypted with AES when {@code ownerPassword} is not null. */
  private static byte[] pdf(String line, String userPassword, String ownerPassword)
      throws IOException {
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
      if (ownerPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      return bytes(document::save);
    }
  }

  private static byte[] bytes(Writer writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  private interface Writer {
    void write(ByteArrayOutputStream out) throws IOException;
  }
}

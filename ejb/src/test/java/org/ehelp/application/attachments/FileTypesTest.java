package org.ehelp.application.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.ehelp.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class FileTypesTest {

  @Test
  void byName_readsTheExtensionIgnoringCase() {
    assertEquals("application/pdf", FileTypes.byName("Report.PDF").orElseThrow().mediaType());
    assertEquals("image/jpeg", FileTypes.byName("photo.jpeg").orElseThrow().mediaType());
    assertTrue(FileTypes.byName("setup.exe").isEmpty());
    assertTrue(FileTypes.byName("README").isEmpty());
    assertTrue(FileTypes.byName("trailing.").isEmpty());
  }

  @Test
  void matches_checksTheFirstBytes() {
    FileTypes.FileType pdf = FileTypes.byName("a.pdf").orElseThrow();
    FileTypes.FileType png = FileTypes.byName("a.png").orElseThrow();
    FileTypes.FileType docx = FileTypes.byName("a.docx").orElseThrow();
    FileTypes.FileType text = FileTypes.byName("a.txt").orElseThrow();

    assertTrue(FileTypes.matches(pdf, "%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(FileTypes.matches(pdf, "not a pdf".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(FileTypes.matches(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A}));
    assertFalse(FileTypes.matches(png, new byte[] {(byte) 0x89, 'P'}));
    assertTrue(FileTypes.matches(docx, new byte[] {'P', 'K', 3, 4, 0}));
    assertTrue(FileTypes.matches(text, "plain text é".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FileTypes.matches(text, new byte[] {'M', 'Z', 0, 1}));
  }

  @Test
  void parseExtensions_keepsOnlyKnownOnes() {
    assertEquals(Set.of("pdf", "png"), AttachmentSettings.parseExtensions(" .PDF, png , exe,, sh"));
  }

  @Test
  void cleanName_stripsPathAndControls() {
    assertEquals("report.pdf", AttachmentService.cleanName("C:\\Users\\rita\\report.pdf"));
    assertEquals("report.pdf", AttachmentService.cleanName("../../etc/report.pdf"));
    assertEquals("ab.txt", AttachmentService.cleanName("a\u0000b\n.txt"));
    assertEquals("quote.txt", AttachmentService.cleanName("\"quote\".txt"));
    assertThrows(InvalidInputException.class, () -> AttachmentService.cleanName("dir/"));
    assertThrows(InvalidInputException.class, () -> AttachmentService.cleanName(null));
  }

  @Test
  void cleanName_shortensKeepingExtension() {
    String name = AttachmentService.cleanName("x".repeat(400) + ".pdf");

    assertEquals(255, name.length());
    assertTrue(name.endsWith(".pdf"), name);
  }
}

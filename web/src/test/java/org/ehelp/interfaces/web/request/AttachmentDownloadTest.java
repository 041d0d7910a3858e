package org.ehelp.interfaces.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

  @Test
  void contentDisposition_hasAsciiAndUtf8Names() {
    assertEquals(
        "attachment; filename=\"r_sum_ 1.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%201.pdf",
        AttachmentDownload.contentDisposition("résumé 1.pdf"));
  }

  @Test
  void contentDisposition_escapesQuotes() {
    assertEquals(
        "attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt",
        AttachmentDownload.contentDisposition("a\"b.txt"));
  }
}

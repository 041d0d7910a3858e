package org.ehelp.interfaces.web.request;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ehelp.application.attachments.AttachmentFile;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.interfaces.rest.mail.FileDownloads;

/**
 * Sends an attachment to a signed-in reader of its request, always as a download: the browser saves
 * it and never shows it inside the portal, so a file cannot run script in the portal's origin.
 * {@code GET /attachments/download?id=N}; an unknown id, or a file the reader may not see, is 404.
 */
@WebServlet("/attachments/download")
public class AttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (id == null || !id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentFile file;
    try {
      file = attachments.download(Long.parseLong(id));
    } catch (EhelpException e) {
      response.sendError(e.status());
      return;
    }

    response.setContentType(FileDownloads.safeType(file.mediaType()));
    response.setContentLength(file.content().length);
    response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }

  /** Returns an attachment disposition with an ASCII fallback name and the RFC 6266 UTF-8 name. */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}

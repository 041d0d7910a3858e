package org.ehelp.interfaces.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.ehelp.application.RequestService;
import org.ehelp.application.mail.RequestFilesService;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.interfaces.rest.mail.FileDownloads;
import org.ehelp.interfaces.web.support.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The files and received messages of one request, for whoever may read it. Message bodies are shown
 * as the sanitized HTML kept at intake.
 */
@Named
@RequestScoped
public class RequestFilesView {

  @Inject private RequestFilesService files;

  @Inject private RequestService requests;

  private Long id;
  private String number;
  private List<Attachment> attachments;
  private List<InboundMail> messages;

  /** Loads the request named by the {@code id} parameter, or answers 404. */
  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    number = requests.get(id).number();
    attachments = files.list(id);
    messages = files.messages(id).stream().filter(m -> m.getBodyHtml() != null).toList();
  }

  public StreamedContent download(long attachmentId) {
    RequestFilesService.File file = files.download(id, attachmentId);
    byte[] content = file.content();
    return DefaultStreamedContent.builder()
        .name(file.attachment().getFileName())
        .contentType(FileDownloads.safeType(file.attachment().getMediaType()))
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNumber() {
    return number;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public List<InboundMail> getMessages() {
    return messages;
  }
}

package org.ehelp.interfaces.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Logger;
import org.ehelp.domain.error.EhelpException;

/**
 * Turns the refusals of the application layer into Faces messages in the reader's language, so a
 * page never shows a stack trace for something the person can act on.
 *
 * <ul>
 *   <li>An {@link EhelpException} on a form submission becomes an error message on the same page.
 *   <li>A not found or forbidden refusal while a page is opened sends that HTTP status, so the
 *       container shows the matching error page.
 *   <li>A {@link ViewExpiredException} reopens the same page, keeping its {@code id} parameter,
 *       with a message asking to try again.
 * </ul>
 *
 * Every other exception goes on to the default handler, and so to the 500 error page.
 */
public class EhelpExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(EhelpExceptionHandler.class.getName());

  public EhelpExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (handled(context, thrown)) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static boolean handled(FacesContext context, Throwable thrown) {
    ViewExpiredException expired = find(thrown, ViewExpiredException.class);
    if (expired != null) {
      reopen(context, expired.getViewId());
      return true;
    }
    EhelpException refusal = find(thrown, EhelpException.class);
    if (refusal == null || context.getExternalContext().isResponseCommitted()) {
      return false;
    }

    LOG.fine(() -> "Shown to the user: " + refusal);
    boolean opening =
        !context.isPostback() || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (opening && (refusal.status() == 404 || refusal.status() == 403)) {
      sendError(context, refusal);
      return true;
    }
    if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      return false;
    }
    Texts.error(refusal);
    context.renderResponse();
    return true;
  }

  private static void reopen(FacesContext context, String viewId) {
    ExternalContext external = context.getExternalContext();
    String id = external.getRequestParameterMap().get("id");
    String url = external.getRequestContextPath() + (viewId == null ? "/index.xhtml" : viewId);
    if (id != null && id.matches("\\d{1,18}")) {
      url += "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
    Texts.flashError("portal.error.viewExpired");
    try {
      external.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private static void sendError(FacesContext context, EhelpException refusal) {
    try {
      context
          .getExternalContext()
          .responseSendError(refusal.status(), refusal.message(Texts.locale()));
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}

package org.ehelp.interfaces.web.support;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers for page openings that a view refuses. */
public final class Pages {

  private Pages() {}

  /** Sends 403, so the container shows the forbidden error page. */
  public static void forbidden() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(403, Texts.format("portal.error.forbidden"));
    context.responseComplete();
  }

  /** Sends 404, so the container shows the not found error page. */
  public static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, Texts.format("portal.error.notFound"));
    context.responseComplete();
  }
}

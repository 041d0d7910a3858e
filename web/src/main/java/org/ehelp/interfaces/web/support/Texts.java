package org.ehelp.interfaces.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.i18n.Messages;

/** Texts of the message bundle in the page's language, and the Faces messages built from them. */
public final class Texts {

  private Texts() {}

  /** Returns the language of the page being rendered, or of the browser before there is a page. */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    UIViewRoot root = context.getViewRoot();
    return root != null ? root.getLocale() : context.getExternalContext().getRequestLocale();
  }

  /** Returns the text for the key with its arguments filled in. */
  public static String format(String key, Object... arguments) {
    return Messages.format(locale(), key, arguments);
  }

  /** Adds an error message for the whole page, shown in this response. */
  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, format(key, arguments), false);
  }

  /** Adds an information message for the whole page, shown in this response. */
  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, format(key, arguments), false);
  }

  /** Adds the explanation of a refusal, with its code, in the reader's language. */
  public static void error(EhelpException refusal) {
    add(FacesMessage.SEVERITY_ERROR, refusal.message(locale()), false);
  }

  /** Adds an information message to show on the page a redirect leads to. */
  public static void flashInfo(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, format(key, arguments), true);
  }

  /** Adds an error message to show on the page a redirect leads to. */
  public static void flashError(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, format(key, arguments), true);
  }

  private static void add(FacesMessage.Severity severity, String text, boolean acrossRedirect) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, text, text));
    if (acrossRedirect) {
      context.getExternalContext().getFlash().setKeepMessages(true);
    }
  }
}

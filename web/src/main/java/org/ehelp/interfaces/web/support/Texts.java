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

  /**
   * Returns the language of the page: the one the template's {@code f:view} sets from the session.
   * It is read from the session rather than from the view root, because beans that a view action
   * creates on a first visit run before the template has set the view root's locale.
   */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale chosen =
        context
            .getApplication()
            .evaluateExpressionGet(context, "#{userSession.locale}", Locale.class);
    if (chosen != null) {
      return chosen;
    }
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

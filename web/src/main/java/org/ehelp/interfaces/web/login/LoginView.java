package org.ehelp.interfaces.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The login page: hands the login and password to the application's authentication mechanism, then
 * goes on to the page the person first asked for.
 */
@Named
@RequestScoped
public class LoginView {

  private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext faces;

  @Inject private ExternalContext external;

  private String login;
  private String password;

  /** Skips the form for a person who is already signed in. */
  public void redirectIfSignedIn() throws IOException {
    if (request().getUserPrincipal() != null) {
      external.redirect(home());
    }
  }

  /** Authenticates with the typed login and password. */
  public void signIn() throws IOException {
    AuthenticationStatus status =
        securityContext.authenticate(
            request(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login, password))
                .newAuthentication(true));
    password = null;

    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(home());
      case SEND_FAILURE -> Texts.error("portal.login.failed");
      case NOT_DONE -> {
        LOG.warning("No authentication mechanism took the login form; check the web module");
        Texts.error("portal.login.failed");
      }
    }
  }

  private String home() {
    return external.getRequestContextPath() + "/index.xhtml";
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) external.getRequest();
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

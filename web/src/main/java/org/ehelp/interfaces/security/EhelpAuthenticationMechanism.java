package org.ehelp.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.ehelp.domain.i18n.Messages;
import org.ehelp.interfaces.rest.error.Locales;
import org.ehelp.interfaces.rest.error.ProblemDto;

/**
 * The one authentication mechanism of the web module, for the REST API and the portal.
 *
 * <p>Under {@code /api/}, every call authenticates on its own with {@code Authorization: Basic}
 * (login and password, checked by the person identity store) or {@code Bearer} (an API token). No
 * HTTP session is used, so a browser's portal session cannot make API calls for it. An
 * unauthenticated call to a protected path gets 401 with problem details, never a redirect.
 *
 * <p>In the portal, the login page calls {@code SecurityContext.authenticate} with a {@link
 * jakarta.security.enterprise.credential.UsernamePasswordCredential}. The result is:
 *
 * <ul>
 *   <li>{@code SEND_FAILURE} when the login or password is wrong; the response is left to the page;
 *   <li>{@code SEND_CONTINUE} when the person had asked for a protected page first: the response
 *       redirects there, so the page should call {@code FacesContext.responseComplete()};
 *   <li>{@code SUCCESS} otherwise: the page chooses where to go.
 * </ul>
 *
 * <p>A signed-in person stays signed in through the HTTP session, which gets a new id at sign-in.
 * An unauthenticated request for a protected page is redirected to {@value #LOGIN_PAGE}, and the
 * address it asked for is kept for after the sign-in.
 */
@ApplicationScoped
@DeclareRoles({"REQUESTER", "CALL_CENTER", "TECHNICIAN", "RESPONSIBLE", "CONTRIBUTOR", "ADMIN"})
public class EhelpAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The login page, relative to the context root. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  private static final Logger LOG = Logger.getLogger(EhelpAuthenticationMechanism.class.getName());
  private static final String RETURN_URL =
      EhelpAuthenticationMechanism.class.getName() + ".returnUrl";
  private static final String SIGNED_IN =
      EhelpAuthenticationMechanism.class.getName() + ".signedIn";
  // Jakarta Authentication: makes the container keep the caller in the HTTP session.
  private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
  private static final String UNAUTHORIZED = "EH-AUTH-401";

  @Inject private IdentityStoreHandler identityStores;

  private Jsonb jsonb;

  @PostConstruct
  void createJsonb() {
    jsonb = JsonbBuilder.create();
  }

  @PreDestroy
  void closeJsonb() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing JSON-B failed", e);
    }
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApiCall(request) ? authenticateApiCall(context) : authenticatePortalRequest(context);
  }

  static boolean isApiCall(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private AuthenticationStatus authenticateApiCall(HttpMessageContext context)
      throws AuthenticationException {
    String header = context.getRequest().getHeader("Authorization");
    if (header == null) {
      return context.isProtected()
          ? challenge(context, "error.api.unauthorized")
          : context.doNothing();
    }

    Optional<Credential> credential = AuthorizationHeader.parse(header);
    if (credential.isEmpty()) {
      return challenge(context, "error.api.credentialsInvalid");
    }
    CredentialValidationResult result = identityStores.validate(credential.get());
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(context, "error.api.credentialsInvalid");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus authenticatePortalRequest(HttpMessageContext context)
      throws AuthenticationException {
    HttpServletRequest request = context.getRequest();
    AuthenticationParameters parameters = context.getAuthParameters();
    if (context.isAuthenticationRequest()
        && parameters != null
        && parameters.getCredential() != null) {
      return signIn(context, parameters.getCredential());
    }

    Principal sessionCaller = request.getUserPrincipal();
    if (sessionCaller != null) {
      return continueSession(context, sessionCaller);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
      session.removeAttribute(SIGNED_IN);
      context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    if (!context.isProtected()) {
      return context.doNothing();
    }
    return sendToLoginPage(context);
  }

  private AuthenticationStatus signIn(HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.fine("Sign-in refused: unknown login, wrong password or inactive account");
      return AuthenticationStatus.SEND_FAILURE;
    }

    HttpServletRequest request = context.getRequest();
    HttpSession session = request.getSession(false);
    String returnUrl = null;
    if (session != null) {
      returnUrl = (String) session.getAttribute(RETURN_URL);
      session.removeAttribute(RETURN_URL);
      // A new session id at sign-in, so that an id planted before it is worth nothing after.
      request.changeSessionId();
    }

    if (returnUrl != null) {
      session.setAttribute(
          SIGNED_IN,
          new SignedInCaller(
              result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.redirect(returnUrl);
    }
    context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
    return context.notifyContainerAboutLogin(result);
  }

  /** Tells the container again about the caller it keeps in the session, as every request must. */
  private static AuthenticationStatus continueSession(HttpMessageContext context, Principal caller)
      throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException("The container rejected the caller of the HTTP session", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private static AuthenticationStatus sendToLoginPage(HttpMessageContext context)
      throws AuthenticationException {
    HttpServletRequest request = context.getRequest();
    String loginPage = request.getContextPath() + LOGIN_PAGE;
    // The browser still sends the cookie of a session that timed out: the login page says so.
    if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
      loginPage += "?expired=true";
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return redirectAjax(context, loginPage);
    }

    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      String returnUrl = request.getRequestURI() + (query == null ? "" : "?" + query);
      request.getSession().setAttribute(RETURN_URL, returnUrl);
    }
    return context.redirect(loginPage);
  }

  /** Redirects a Faces Ajax request, which would not follow an HTTP redirect, as Faces expects. */
  private static AuthenticationStatus redirectAjax(HttpMessageContext context, String location)
      throws AuthenticationException {
    HttpServletResponse response = context.getResponse();
    response.setContentType("text/xml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new AuthenticationException("Could not send the Ajax redirect to the login page", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Sends 401 with the Basic and Bearer challenges and problem details. */
  private AuthenticationStatus challenge(HttpMessageContext context, String key)
      throws AuthenticationException {
    HttpServletRequest request = context.getRequest();
    HttpServletResponse response = context.getResponse();
    Locale locale = Locales.preferred(Collections.list(request.getLocales()));
    String detail = UNAUTHORIZED + ": " + Messages.format(locale, key);
    ProblemDto problem = ProblemDto.of(401, UNAUTHORIZED, detail, request.getRequestURI());

    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.addHeader("WWW-Authenticate", "Basic realm=\"eHelp\"");
    response.addHeader("WWW-Authenticate", "Bearer realm=\"eHelp\"");
    response.setContentType(ProblemDto.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(jsonb.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new AuthenticationException("Could not send the 401 response", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}

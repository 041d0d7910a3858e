package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.token.ApiToken;
import org.ehelp.infrastructure.security.ApiTokens;

/** Issues API tokens to the signed-in person. */
@Stateless
public class TokenService {

  private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private CurrentUser currentUser;

  /**
   * Issues a token for the caller and returns its secret, which is not stored and cannot be shown
   * again.
   */
  public IssuedToken issue(String name) {
    Person owner = currentUser.require();
    String label = RequestService.required(name, "name", 100);
    String secret = ApiTokens.newSecret();

    ApiToken token = new ApiToken(owner, label, ApiTokens.digest(secret), Times.now());
    em.persist(token);
    em.flush();

    LOG.info(() -> "API token " + token.getId() + " issued for person " + owner.getId());
    return new IssuedToken(token.getId(), label, secret);
  }

  /**
   * Revokes one of the caller's tokens, so that it no longer authenticates anyone.
   *
   * @throws NotFoundException when the caller has no token with this id
   */
  public void revoke(long tokenId) {
    Person owner = currentUser.require();
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getPerson().getId().equals(owner.getId())) {
      throw new NotFoundException("EH-TOKEN-404", "error.token.notFound", tokenId);
    }

    token.revoke();
    LOG.info(() -> "API token " + tokenId + " revoked by its owner");
  }

  /** A newly issued token; {@code secret} is the value to send as {@code Bearer}. */
  public record IssuedToken(long id, String name, String secret) {}
}

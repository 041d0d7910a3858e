package org.ehelp.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.ehelp.domain.model.token.ApiToken;

/**
 * Checks API token secrets against the stored digests of tokens that are not revoked. A session
 * bean for the same reason as {@link PersonIdentityStore}.
 */
@Stateless
public class ApiTokenIdentityStore implements IdentityStore {

  @PersistenceContext private EntityManager em;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiTokenCredential token) || token.secret() == null) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    ApiToken found =
        em.createQuery(
                "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash AND t.revoked = FALSE",
                ApiToken.class)
            .setParameter("hash", ApiTokens.digest(token.secret()))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (found == null || !found.getPerson().isActive()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        found.getPerson().getLogin(), PersonIdentityStore.groupsOf(found.getPerson()));
  }
}

package org.coopole.api;

import org.coopole.api.internal.ApiRepository;
import org.coopole.common.InvalidField;
import org.coopole.common.TextRules;
import org.coopole.common.Tokens;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens: a person makes one on their profile (its secret shown once, stored as a SHA-256 hash), scoped
 * to read or to read and write, and revokes it there. A token acts as its person, in their current pole.
 */
@Service
public class ApiTokenService {

    /** What every token starts with, so that a leaked one is recognised (by secret scanners, say). */
    public static final String PREFIX = "cpl_";
    public static final int NAME_MAX = 100;
    /** How many live tokens a person keeps at most. */
    public static final int MAX_LIVE = 20;

    private final ApiRepository api;
    private final CurrentUser currentUser;
    private final org.coopole.audit.AuditTrail audit;

    ApiTokenService(ApiRepository api, CurrentUser currentUser, org.coopole.audit.AuditTrail audit) {
        this.api = api;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Makes a token for the signed-in person.
     *
     * @throws InvalidField for a name to correct, no scope, or too many live tokens
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NewApiToken create(String name, ApiScope scope) {
        String cleanName = TextRules.require("name", name, NAME_MAX, true);
        if (scope == null) {
            throw new InvalidField("scope", "validation.required");
        }
        if (api.tokens(currentUser.require()).stream().filter(t -> t.revokedAt() == null).count() >= MAX_LIVE) {
            throw new InvalidField("name", "api.token.too-many", MAX_LIVE);
        }
        String secret = PREFIX + Tokens.newToken();
        UUID id = api.createToken(currentUser.require(), cleanName, Tokens.hash(secret), scope);
        audit.log(org.coopole.audit.AuditAction.API_TOKEN_CREATED, null, id.toString(), scope.name());
        return new NewApiToken(id, secret);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return api.tokens(currentUser.require());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(UUID id) {
        if (!api.revoke(currentUser.require(), id)) {
            throw new AccessDeniedException("not a live token of this person");
        }
        audit.log(org.coopole.audit.AuditAction.API_TOKEN_REVOKED, null, id.toString(), null);
    }

    /** Who a token presented to the API speaks for, if it is valid (before anybody is signed in). */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<TokenHolder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || !Tokens.isToken(secret.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return api.holder(Tokens.hash(secret));
    }
}

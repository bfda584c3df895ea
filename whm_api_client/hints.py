"""Why a server refused: the usual causes that fit what was seen, for :class:`WhmAuthError`.

Only what the client saw is used: the status, the server's reason, the port, the kind of
credentials, and how these credentials fared earlier in the same client. The facts about
cpsrvd's refusals (CPSRVD-BEHAVIOR.md §3) are few, so a hint says what *fits*, never
what *is*: several may apply.
"""

from __future__ import annotations

from .errors import WhmHttpError

__all__ = ["WHM_PORT", "explain", "refusal_hints"]

WHM_PORT = 2087  # the port the spec's server entry gives for WHM API 1

# Codes of cpsrvd's login page that mean the session, not the password, is the problem.
_SESSION_CODES = ("expired_session", "invalid_session", "token_missing", "token_incorrect")


def refusal_hints(
    *,
    status_code: int,
    reason: str,
    port: int | None,
    auth_kind: str | None,
    earlier_refusals: int,
    accepted_before: bool,
    retry_after: str | None = None,
) -> tuple[str, ...]:
    """The causes that fit a refusal (401, 403, or 429), most specific first.

    ``auth_kind`` is ``"token"``, ``"password"``, ``"session"`` or None;
    ``earlier_refusals`` counts the refusals these credentials met before this one in the
    same client; ``accepted_before`` whether a call with them succeeded.
    """
    hints: list[str] = []
    text = reason.lower()
    privilege = "lack the required privilege" in text
    wait = f" (the server asks for {retry_after} s)" if retry_after else ""
    lockout_looking = not privilege and (
        earlier_refusals > 0 or (accepted_before and status_code != 429)
    )
    if lockout_looking:
        if status_code == 429:
            seen = f"429 Too Many Requests after {earlier_refusals} refused logins"
        elif earlier_refusals:
            seen = f"{earlier_refusals + 1} refusals in a row in this client"
        else:
            seen = (
                "these credentials worked earlier in this client (unless they were revoked "
                "or expired since)"
            )
        hints.append(
            f"a lockout fits: {seen}; after failed logins cPHulk refuses an address even "
            f"with the right credentials. Wait for it to pass{wait} and check the "
            "credentials; don't retry: repeated failed logins are what lock an address out"
        )
    elif status_code == 429:
        hints.append(f"the server asks for fewer requests: wait{wait} before the next one")
    if privilege:
        hints.append(
            "missing privilege: the credentials were accepted but may not call this function "
            "(a token's ACLs or a reseller's privileges); `myprivs` lists what they may do"
        )
    if "token authentication allows access to uapi or api 2" in text:
        hints.append(
            "an API token can't call cPanel API 1 through WHM; use UAPI (`uapi()`) or API 2"
        )
    if port is not None and port != WHM_PORT:
        who = "a WHM API token" if auth_kind == "token" else "these credentials"
        hints.append(
            f"wrong port: {port} is not WHM's {WHM_PORT}; if it is cPanel's or Webmail's "
            f"port, {who} won't reach WHM API 1 there"
        )
    if auth_kind == "session" and (
        status_code == 401 and ("token denied" in text or any(c in text for c in _SESSION_CODES))
    ):
        hints.append(
            "expired session: the session ended or its token doesn't match; the client "
            "logs in again once, so a second refusal means the login itself failed"
        )
    refused = any(words in text for words in ("access denied", "login refused", "see_login_log"))
    if refused and not lockout_looking and not privilege:
        kind = {"token": "API token", "password": "password", "session": "password"}.get(
            auth_kind or "", "credentials"
        )
        hints.append(
            f"refused credentials: a wrong user or {kind}"
            + (
                ", a revoked or expired token (`api_token_list` shows expiry), or an address "
                "outside the token's whitelist_ips"
                if auth_kind == "token"
                else ""
            )
            + "; fix them before trying again: repeated failures can lock this address out"
        )
    return tuple(hints)


def explain(error: WhmHttpError, hints: tuple[str, ...]) -> WhmHttpError:
    """``error`` with ``hints`` attached (``.hints``) and added to its message."""
    if hints and not error.hints:
        error.hints = hints
        numbered = "; ".join(f"({n}) {hint}" for n, hint in enumerate(hints, start=1))
        error.args = (f"{error.args[0] if error.args else ''} [what fits: {numbered}]",)
    return error

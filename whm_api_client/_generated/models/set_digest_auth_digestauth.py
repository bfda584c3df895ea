# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetDigestAuthDigestauth = Literal[0, 1]

SET_DIGEST_AUTH_DIGESTAUTH_VALUES: set[SetDigestAuthDigestauth] = {
    0,
    1,
}


def check_set_digest_auth_digestauth(value: int) -> SetDigestAuthDigestauth:
    if value in SET_DIGEST_AUTH_DIGESTAUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_DIGEST_AUTH_DIGESTAUTH_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AuthorizesshkeyAuthorize = Literal[0, 1]

AUTHORIZESSHKEY_AUTHORIZE_VALUES: set[AuthorizesshkeyAuthorize] = {
    0,
    1,
}


def check_authorizesshkey_authorize(value: int) -> AuthorizesshkeyAuthorize:
    if value in AUTHORIZESSHKEY_AUTHORIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHORIZESSHKEY_AUTHORIZE_VALUES!r}")

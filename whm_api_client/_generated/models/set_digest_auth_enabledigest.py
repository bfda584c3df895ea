# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetDigestAuthEnabledigest = Literal[0, 1]

SET_DIGEST_AUTH_ENABLEDIGEST_VALUES: set[SetDigestAuthEnabledigest] = {
    0,
    1,
}


def check_set_digest_auth_enabledigest(value: int) -> SetDigestAuthEnabledigest:
    if value in SET_DIGEST_AUTH_ENABLEDIGEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_DIGEST_AUTH_ENABLEDIGEST_VALUES!r}")

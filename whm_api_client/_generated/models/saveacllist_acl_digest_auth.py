# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclDigestAuth = Literal[0, 1]

SAVEACLLIST_ACL_DIGEST_AUTH_VALUES: set[SaveacllistAclDigestAuth] = {
    0,
    1,
}


def check_saveacllist_acl_digest_auth(value: int) -> SaveacllistAclDigestAuth:
    if value in SAVEACLLIST_ACL_DIGEST_AUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_DIGEST_AUTH_VALUES!r}")

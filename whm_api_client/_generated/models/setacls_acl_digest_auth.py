# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclDigestAuth = Literal[1]

SETACLS_ACL_DIGEST_AUTH_VALUES: set[SetaclsAclDigestAuth] = {
    1,
}


def check_setacls_acl_digest_auth(value: int) -> SetaclsAclDigestAuth:
    if value in SETACLS_ACL_DIGEST_AUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_DIGEST_AUTH_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclSslGencrt = Literal[1]

SETACLS_ACL_SSL_GENCRT_VALUES: set[SetaclsAclSslGencrt] = {
    1,
}


def check_setacls_acl_ssl_gencrt(value: int) -> SetaclsAclSslGencrt:
    if value in SETACLS_ACL_SSL_GENCRT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SSL_GENCRT_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclSslGencrt = Literal[0, 1]

SAVEACLLIST_ACL_SSL_GENCRT_VALUES: set[SaveacllistAclSslGencrt] = {
    0,
    1,
}


def check_saveacllist_acl_ssl_gencrt(value: int) -> SaveacllistAclSslGencrt:
    if value in SAVEACLLIST_ACL_SSL_GENCRT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SSL_GENCRT_VALUES!r}")

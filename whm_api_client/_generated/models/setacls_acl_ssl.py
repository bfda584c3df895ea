# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclSsl = Literal[1]

SETACLS_ACL_SSL_VALUES: set[SetaclsAclSsl] = {
    1,
}


def check_setacls_acl_ssl(value: int) -> SetaclsAclSsl:
    if value in SETACLS_ACL_SSL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SSL_VALUES!r}")

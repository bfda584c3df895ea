# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclSsl = Literal[0, 1]

SAVEACLLIST_ACL_SSL_VALUES: set[SaveacllistAclSsl] = {
    0,
    1,
}


def check_saveacllist_acl_ssl(value: int) -> SaveacllistAclSsl:
    if value in SAVEACLLIST_ACL_SSL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SSL_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclSslBuy = Literal[1]

SETACLS_ACL_SSL_BUY_VALUES: set[SetaclsAclSslBuy] = {
    1,
}


def check_setacls_acl_ssl_buy(value: int) -> SetaclsAclSslBuy:
    if value in SETACLS_ACL_SSL_BUY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SSL_BUY_VALUES!r}")

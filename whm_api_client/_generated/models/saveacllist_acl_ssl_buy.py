# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclSslBuy = Literal[0, 1]

SAVEACLLIST_ACL_SSL_BUY_VALUES: set[SaveacllistAclSslBuy] = {
    0,
    1,
}


def check_saveacllist_acl_ssl_buy(value: int) -> SaveacllistAclSslBuy:
    if value in SAVEACLLIST_ACL_SSL_BUY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SSL_BUY_VALUES!r}")

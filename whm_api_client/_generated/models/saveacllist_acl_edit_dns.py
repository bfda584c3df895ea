# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclEditDns = Literal[0, 1]

SAVEACLLIST_ACL_EDIT_DNS_VALUES: set[SaveacllistAclEditDns] = {
    0,
    1,
}


def check_saveacllist_acl_edit_dns(value: int) -> SaveacllistAclEditDns:
    if value in SAVEACLLIST_ACL_EDIT_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_EDIT_DNS_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclKillDns = Literal[0, 1]

SAVEACLLIST_ACL_KILL_DNS_VALUES: set[SaveacllistAclKillDns] = {
    0,
    1,
}


def check_saveacllist_acl_kill_dns(value: int) -> SaveacllistAclKillDns:
    if value in SAVEACLLIST_ACL_KILL_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_KILL_DNS_VALUES!r}")

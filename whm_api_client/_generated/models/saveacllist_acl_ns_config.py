# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclNsConfig = Literal[0, 1]

SAVEACLLIST_ACL_NS_CONFIG_VALUES: set[SaveacllistAclNsConfig] = {
    0,
    1,
}


def check_saveacllist_acl_ns_config(value: int) -> SaveacllistAclNsConfig:
    if value in SAVEACLLIST_ACL_NS_CONFIG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_NS_CONFIG_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclUpgradeAccount = Literal[0, 1]

SAVEACLLIST_ACL_UPGRADE_ACCOUNT_VALUES: set[SaveacllistAclUpgradeAccount] = {
    0,
    1,
}


def check_saveacllist_acl_upgrade_account(value: int) -> SaveacllistAclUpgradeAccount:
    if value in SAVEACLLIST_ACL_UPGRADE_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_UPGRADE_ACCOUNT_VALUES!r}")

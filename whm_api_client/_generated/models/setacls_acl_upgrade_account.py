# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclUpgradeAccount = Literal[1]

SETACLS_ACL_UPGRADE_ACCOUNT_VALUES: set[SetaclsAclUpgradeAccount] = {
    1,
}


def check_setacls_acl_upgrade_account(value: int) -> SetaclsAclUpgradeAccount:
    if value in SETACLS_ACL_UPGRADE_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_UPGRADE_ACCOUNT_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclGenerateEmailConfig = Literal[0, 1]

SAVEACLLIST_ACL_GENERATE_EMAIL_CONFIG_VALUES: set[SaveacllistAclGenerateEmailConfig] = {
    0,
    1,
}


def check_saveacllist_acl_generate_email_config(value: int) -> SaveacllistAclGenerateEmailConfig:
    if value in SAVEACLLIST_ACL_GENERATE_EMAIL_CONFIG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_GENERATE_EMAIL_CONFIG_VALUES!r}")

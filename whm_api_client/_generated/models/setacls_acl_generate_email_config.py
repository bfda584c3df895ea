# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclGenerateEmailConfig = Literal[1]

SETACLS_ACL_GENERATE_EMAIL_CONFIG_VALUES: set[SetaclsAclGenerateEmailConfig] = {
    1,
}


def check_setacls_acl_generate_email_config(value: int) -> SetaclsAclGenerateEmailConfig:
    if value in SETACLS_ACL_GENERATE_EMAIL_CONFIG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_GENERATE_EMAIL_CONFIG_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCpanelApi = Literal[1]

SETACLS_ACL_CPANEL_API_VALUES: set[SetaclsAclCpanelApi] = {
    1,
}


def check_setacls_acl_cpanel_api(value: int) -> SetaclsAclCpanelApi:
    if value in SETACLS_ACL_CPANEL_API_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CPANEL_API_VALUES!r}")

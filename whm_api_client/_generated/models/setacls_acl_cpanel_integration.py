# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCpanelIntegration = Literal[1]

SETACLS_ACL_CPANEL_INTEGRATION_VALUES: set[SetaclsAclCpanelIntegration] = {
    1,
}


def check_setacls_acl_cpanel_integration(value: int) -> SetaclsAclCpanelIntegration:
    if value in SETACLS_ACL_CPANEL_INTEGRATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CPANEL_INTEGRATION_VALUES!r}")

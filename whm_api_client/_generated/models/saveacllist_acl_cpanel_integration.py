# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCpanelIntegration = Literal[0, 1]

SAVEACLLIST_ACL_CPANEL_INTEGRATION_VALUES: set[SaveacllistAclCpanelIntegration] = {
    0,
    1,
}


def check_saveacllist_acl_cpanel_integration(value: int) -> SaveacllistAclCpanelIntegration:
    if value in SAVEACLLIST_ACL_CPANEL_INTEGRATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CPANEL_INTEGRATION_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PackageManagerResolveActionsNs = Literal["ea"]

PACKAGE_MANAGER_RESOLVE_ACTIONS_NS_VALUES: set[PackageManagerResolveActionsNs] = {
    "ea",
}


def check_package_manager_resolve_actions_ns(value: str) -> PackageManagerResolveActionsNs:
    if value in PACKAGE_MANAGER_RESOLVE_ACTIONS_NS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PACKAGE_MANAGER_RESOLVE_ACTIONS_NS_VALUES!r}")

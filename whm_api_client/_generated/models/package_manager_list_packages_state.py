# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PackageManagerListPackagesState = Literal["any", "installed", "not_installed", "updatable"]

PACKAGE_MANAGER_LIST_PACKAGES_STATE_VALUES: set[PackageManagerListPackagesState] = {
    "any",
    "installed",
    "not_installed",
    "updatable",
}


def check_package_manager_list_packages_state(value: str) -> PackageManagerListPackagesState:
    if value in PACKAGE_MANAGER_LIST_PACKAGES_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PACKAGE_MANAGER_LIST_PACKAGES_STATE_VALUES!r}")

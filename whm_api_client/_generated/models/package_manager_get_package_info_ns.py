# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PackageManagerGetPackageInfoNs = Literal["ea"]

PACKAGE_MANAGER_GET_PACKAGE_INFO_NS_VALUES: set[PackageManagerGetPackageInfoNs] = {
    "ea",
}


def check_package_manager_get_package_info_ns(value: str) -> PackageManagerGetPackageInfoNs:
    if value in PACKAGE_MANAGER_GET_PACKAGE_INFO_NS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PACKAGE_MANAGER_GET_PACKAGE_INFO_NS_VALUES!r}")

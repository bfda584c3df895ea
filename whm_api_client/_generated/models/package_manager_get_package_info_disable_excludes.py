# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PackageManagerGetPackageInfoDisableExcludes = Literal[0, 1]

PACKAGE_MANAGER_GET_PACKAGE_INFO_DISABLE_EXCLUDES_VALUES: set[PackageManagerGetPackageInfoDisableExcludes] = {
    0,
    1,
}


def check_package_manager_get_package_info_disable_excludes(value: int) -> PackageManagerGetPackageInfoDisableExcludes:
    if value in PACKAGE_MANAGER_GET_PACKAGE_INFO_DISABLE_EXCLUDES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PACKAGE_MANAGER_GET_PACKAGE_INFO_DISABLE_EXCLUDES_VALUES!r}"
    )

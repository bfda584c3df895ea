# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

InstalledVersionsPackages = Literal[0, 1]

INSTALLED_VERSIONS_PACKAGES_VALUES: set[InstalledVersionsPackages] = {
    0,
    1,
}


def check_installed_versions_packages(value: int) -> InstalledVersionsPackages:
    if value in INSTALLED_VERSIONS_PACKAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTALLED_VERSIONS_PACKAGES_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ConvertAndMigrateFromLegacyConfigNoConvert = Literal[0, 1]

CONVERT_AND_MIGRATE_FROM_LEGACY_CONFIG_NO_CONVERT_VALUES: set[ConvertAndMigrateFromLegacyConfigNoConvert] = {
    0,
    1,
}


def check_convert_and_migrate_from_legacy_config_no_convert(value: int) -> ConvertAndMigrateFromLegacyConfigNoConvert:
    if value in CONVERT_AND_MIGRATE_FROM_LEGACY_CONFIG_NO_CONVERT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERT_AND_MIGRATE_FROM_LEGACY_CONFIG_NO_CONVERT_VALUES!r}"
    )

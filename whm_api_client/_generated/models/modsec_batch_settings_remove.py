# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecBatchSettingsRemove = Literal[0, 1]

MODSEC_BATCH_SETTINGS_REMOVE_VALUES: set[ModsecBatchSettingsRemove] = {
    0,
    1,
}


def check_modsec_batch_settings_remove(value: int) -> ModsecBatchSettingsRemove:
    if value in MODSEC_BATCH_SETTINGS_REMOVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_BATCH_SETTINGS_REMOVE_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecAssembleConfigTextInit = Literal[0, 1]

MODSEC_ASSEMBLE_CONFIG_TEXT_INIT_VALUES: set[ModsecAssembleConfigTextInit] = {
    0,
    1,
}


def check_modsec_assemble_config_text_init(value: int) -> ModsecAssembleConfigTextInit:
    if value in MODSEC_ASSEMBLE_CONFIG_TEXT_INIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_ASSEMBLE_CONFIG_TEXT_INIT_VALUES!r}")

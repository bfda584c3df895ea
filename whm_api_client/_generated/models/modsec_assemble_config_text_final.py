# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecAssembleConfigTextFinal = Literal[0, 1]

MODSEC_ASSEMBLE_CONFIG_TEXT_FINAL_VALUES: set[ModsecAssembleConfigTextFinal] = {
    0,
    1,
}


def check_modsec_assemble_config_text_final(value: int) -> ModsecAssembleConfigTextFinal:
    if value in MODSEC_ASSEMBLE_CONFIG_TEXT_FINAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_ASSEMBLE_CONFIG_TEXT_FINAL_VALUES!r}")

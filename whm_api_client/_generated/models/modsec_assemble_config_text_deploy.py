# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecAssembleConfigTextDeploy = Literal[0, 1]

MODSEC_ASSEMBLE_CONFIG_TEXT_DEPLOY_VALUES: set[ModsecAssembleConfigTextDeploy] = {
    0,
    1,
}


def check_modsec_assemble_config_text_deploy(value: int) -> ModsecAssembleConfigTextDeploy:
    if value in MODSEC_ASSEMBLE_CONFIG_TEXT_DEPLOY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_ASSEMBLE_CONFIG_TEXT_DEPLOY_VALUES!r}")

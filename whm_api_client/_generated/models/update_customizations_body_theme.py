# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UpdateCustomizationsBodyTheme = Literal["jupiter"]

UPDATE_CUSTOMIZATIONS_BODY_THEME_VALUES: set[UpdateCustomizationsBodyTheme] = {
    "jupiter",
}


def check_update_customizations_body_theme(value: str) -> UpdateCustomizationsBodyTheme:
    if value in UPDATE_CUSTOMIZATIONS_BODY_THEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMIZATIONS_BODY_THEME_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UpdateCustomizationsBodyApplication = Literal["cpanel", "webmail"]

UPDATE_CUSTOMIZATIONS_BODY_APPLICATION_VALUES: set[UpdateCustomizationsBodyApplication] = {
    "cpanel",
    "webmail",
}


def check_update_customizations_body_application(value: str) -> UpdateCustomizationsBodyApplication:
    if value in UPDATE_CUSTOMIZATIONS_BODY_APPLICATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMIZATIONS_BODY_APPLICATION_VALUES!r}")

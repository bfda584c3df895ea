# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RetrieveCustomizationsApplication = Literal["cpanel", "webmail"]

RETRIEVE_CUSTOMIZATIONS_APPLICATION_VALUES: set[RetrieveCustomizationsApplication] = {
    "cpanel",
    "webmail",
}


def check_retrieve_customizations_application(value: str) -> RetrieveCustomizationsApplication:
    if value in RETRIEVE_CUSTOMIZATIONS_APPLICATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRIEVE_CUSTOMIZATIONS_APPLICATION_VALUES!r}")

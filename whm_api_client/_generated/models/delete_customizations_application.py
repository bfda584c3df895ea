# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DeleteCustomizationsApplication = Literal["cpanel", "webmail"]

DELETE_CUSTOMIZATIONS_APPLICATION_VALUES: set[DeleteCustomizationsApplication] = {
    "cpanel",
    "webmail",
}


def check_delete_customizations_application(value: str) -> DeleteCustomizationsApplication:
    if value in DELETE_CUSTOMIZATIONS_APPLICATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_CUSTOMIZATIONS_APPLICATION_VALUES!r}")

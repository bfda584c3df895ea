# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetApplicationContactImportanceImportance = Literal["Disabled", "High", "Low", "Medium"]

SET_APPLICATION_CONTACT_IMPORTANCE_IMPORTANCE_VALUES: set[SetApplicationContactImportanceImportance] = {
    "Disabled",
    "High",
    "Low",
    "Medium",
}


def check_set_application_contact_importance_importance(value: str) -> SetApplicationContactImportanceImportance:
    if value in SET_APPLICATION_CONTACT_IMPORTANCE_IMPORTANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_APPLICATION_CONTACT_IMPORTANCE_IMPORTANCE_VALUES!r}"
    )

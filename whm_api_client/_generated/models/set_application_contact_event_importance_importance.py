# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetApplicationContactEventImportanceImportance = Literal["Disabled", "High", "Low", "Medium"]

SET_APPLICATION_CONTACT_EVENT_IMPORTANCE_IMPORTANCE_VALUES: set[SetApplicationContactEventImportanceImportance] = {
    "Disabled",
    "High",
    "Low",
    "Medium",
}


def check_set_application_contact_event_importance_importance(
    value: str,
) -> SetApplicationContactEventImportanceImportance:
    if value in SET_APPLICATION_CONTACT_EVENT_IMPORTANCE_IMPORTANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_APPLICATION_CONTACT_EVENT_IMPORTANCE_IMPORTANCE_VALUES!r}"
    )

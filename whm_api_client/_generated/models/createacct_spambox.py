# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctSpambox = Literal["n", "y"]

CREATEACCT_SPAMBOX_VALUES: set[CreateacctSpambox] = {
    "n",
    "y",
}


def check_createacct_spambox(value: str) -> CreateacctSpambox:
    if value in CREATEACCT_SPAMBOX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_SPAMBOX_VALUES!r}")

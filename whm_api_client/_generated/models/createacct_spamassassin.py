# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctSpamassassin = Literal[0, 1]

CREATEACCT_SPAMASSASSIN_VALUES: set[CreateacctSpamassassin] = {
    0,
    1,
}


def check_createacct_spamassassin(value: int) -> CreateacctSpamassassin:
    if value in CREATEACCT_SPAMASSASSIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_SPAMASSASSIN_VALUES!r}")

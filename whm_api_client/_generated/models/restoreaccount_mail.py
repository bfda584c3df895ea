# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountMail = Literal[0, 1]

RESTOREACCOUNT_MAIL_VALUES: set[RestoreaccountMail] = {
    0,
    1,
}


def check_restoreaccount_mail(value: int) -> RestoreaccountMail:
    if value in RESTOREACCOUNT_MAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_MAIL_VALUES!r}")

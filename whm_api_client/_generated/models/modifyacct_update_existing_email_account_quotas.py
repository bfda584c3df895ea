# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctUpdateExistingEmailAccountQuotas = Literal[0, 1]

MODIFYACCT_UPDATE_EXISTING_EMAIL_ACCOUNT_QUOTAS_VALUES: set[ModifyacctUpdateExistingEmailAccountQuotas] = {
    0,
    1,
}


def check_modifyacct_update_existing_email_account_quotas(value: int) -> ModifyacctUpdateExistingEmailAccountQuotas:
    if value in MODIFYACCT_UPDATE_EXISTING_EMAIL_ACCOUNT_QUOTAS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODIFYACCT_UPDATE_EXISTING_EMAIL_ACCOUNT_QUOTAS_VALUES!r}"
    )

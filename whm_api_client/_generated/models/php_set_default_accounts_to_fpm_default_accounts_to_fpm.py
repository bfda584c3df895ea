# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpSetDefaultAccountsToFpmDefaultAccountsToFpm = Literal[0, 1]

PHP_SET_DEFAULT_ACCOUNTS_TO_FPM_DEFAULT_ACCOUNTS_TO_FPM_VALUES: set[PhpSetDefaultAccountsToFpmDefaultAccountsToFpm] = {
    0,
    1,
}


def check_php_set_default_accounts_to_fpm_default_accounts_to_fpm(
    value: int,
) -> PhpSetDefaultAccountsToFpmDefaultAccountsToFpm:
    if value in PHP_SET_DEFAULT_ACCOUNTS_TO_FPM_DEFAULT_ACCOUNTS_TO_FPM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHP_SET_DEFAULT_ACCOUNTS_TO_FPM_DEFAULT_ACCOUNTS_TO_FPM_VALUES!r}"
    )

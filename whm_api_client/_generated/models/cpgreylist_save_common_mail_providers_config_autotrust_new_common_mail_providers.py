# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders = Literal[0, 1]

CPGREYLIST_SAVE_COMMON_MAIL_PROVIDERS_CONFIG_AUTOTRUST_NEW_COMMON_MAIL_PROVIDERS_VALUES: set[
    CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders
] = {
    0,
    1,
}


def check_cpgreylist_save_common_mail_providers_config_autotrust_new_common_mail_providers(
    value: int,
) -> CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders:
    if value in CPGREYLIST_SAVE_COMMON_MAIL_PROVIDERS_CONFIG_AUTOTRUST_NEW_COMMON_MAIL_PROVIDERS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CPGREYLIST_SAVE_COMMON_MAIL_PROVIDERS_CONFIG_AUTOTRUST_NEW_COMMON_MAIL_PROVIDERS_VALUES!r}"
    )

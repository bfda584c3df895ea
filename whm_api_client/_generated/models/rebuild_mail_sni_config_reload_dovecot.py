# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RebuildMailSniConfigReloadDovecot = Literal[0, 1]

REBUILD_MAIL_SNI_CONFIG_RELOAD_DOVECOT_VALUES: set[RebuildMailSniConfigReloadDovecot] = {
    0,
    1,
}


def check_rebuild_mail_sni_config_reload_dovecot(value: int) -> RebuildMailSniConfigReloadDovecot:
    if value in REBUILD_MAIL_SNI_CONFIG_RELOAD_DOVECOT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REBUILD_MAIL_SNI_CONFIG_RELOAD_DOVECOT_VALUES!r}")

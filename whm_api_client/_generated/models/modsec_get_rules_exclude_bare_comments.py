# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecGetRulesExcludeBareComments = Literal[0, 1]

MODSEC_GET_RULES_EXCLUDE_BARE_COMMENTS_VALUES: set[ModsecGetRulesExcludeBareComments] = {
    0,
    1,
}


def check_modsec_get_rules_exclude_bare_comments(value: int) -> ModsecGetRulesExcludeBareComments:
    if value in MODSEC_GET_RULES_EXCLUDE_BARE_COMMENTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_GET_RULES_EXCLUDE_BARE_COMMENTS_VALUES!r}")

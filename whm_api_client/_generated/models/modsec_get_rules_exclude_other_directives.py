# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecGetRulesExcludeOtherDirectives = Literal[0, 1]

MODSEC_GET_RULES_EXCLUDE_OTHER_DIRECTIVES_VALUES: set[ModsecGetRulesExcludeOtherDirectives] = {
    0,
    1,
}


def check_modsec_get_rules_exclude_other_directives(value: int) -> ModsecGetRulesExcludeOtherDirectives:
    if value in MODSEC_GET_RULES_EXCLUDE_OTHER_DIRECTIVES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_GET_RULES_EXCLUDE_OTHER_DIRECTIVES_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModsecReportRuleSend = Literal[0, 1]

MODSEC_REPORT_RULE_SEND_VALUES: set[ModsecReportRuleSend] = {
    0,
    1,
}


def check_modsec_report_rule_send(value: int) -> ModsecReportRuleSend:
    if value in MODSEC_REPORT_RULE_SEND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODSEC_REPORT_RULE_SEND_VALUES!r}")

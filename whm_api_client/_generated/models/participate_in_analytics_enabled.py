# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ParticipateInAnalyticsEnabled = Literal[0, 1]

PARTICIPATE_IN_ANALYTICS_ENABLED_VALUES: set[ParticipateInAnalyticsEnabled] = {
    0,
    1,
}


def check_participate_in_analytics_enabled(value: int) -> ParticipateInAnalyticsEnabled:
    if value in PARTICIPATE_IN_ANALYTICS_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTICIPATE_IN_ANALYTICS_ENABLED_VALUES!r}")

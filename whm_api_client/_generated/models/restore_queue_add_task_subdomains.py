# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreQueueAddTaskSubdomains = Literal[0, 1]

RESTORE_QUEUE_ADD_TASK_SUBDOMAINS_VALUES: set[RestoreQueueAddTaskSubdomains] = {
    0,
    1,
}


def check_restore_queue_add_task_subdomains(value: int) -> RestoreQueueAddTaskSubdomains:
    if value in RESTORE_QUEUE_ADD_TASK_SUBDOMAINS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTORE_QUEUE_ADD_TASK_SUBDOMAINS_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreQueueAddTaskGiveIp = Literal[0, 1]

RESTORE_QUEUE_ADD_TASK_GIVE_IP_VALUES: set[RestoreQueueAddTaskGiveIp] = {
    0,
    1,
}


def check_restore_queue_add_task_give_ip(value: int) -> RestoreQueueAddTaskGiveIp:
    if value in RESTORE_QUEUE_ADD_TASK_GIVE_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTORE_QUEUE_ADD_TASK_GIVE_IP_VALUES!r}")

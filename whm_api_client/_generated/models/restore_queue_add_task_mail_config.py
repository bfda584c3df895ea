# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreQueueAddTaskMailConfig = Literal[0, 1]

RESTORE_QUEUE_ADD_TASK_MAIL_CONFIG_VALUES: set[RestoreQueueAddTaskMailConfig] = {
    0,
    1,
}


def check_restore_queue_add_task_mail_config(value: int) -> RestoreQueueAddTaskMailConfig:
    if value in RESTORE_QUEUE_ADD_TASK_MAIL_CONFIG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTORE_QUEUE_ADD_TASK_MAIL_CONFIG_VALUES!r}")

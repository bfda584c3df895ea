# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreQueueAddTaskMysql = Literal[0, 1]

RESTORE_QUEUE_ADD_TASK_MYSQL_VALUES: set[RestoreQueueAddTaskMysql] = {
    0,
    1,
}


def check_restore_queue_add_task_mysql(value: int) -> RestoreQueueAddTaskMysql:
    if value in RESTORE_QUEUE_ADD_TASK_MYSQL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTORE_QUEUE_ADD_TASK_MYSQL_VALUES!r}")

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestartserviceQueueTask = Literal[0, 1]

RESTARTSERVICE_QUEUE_TASK_VALUES: set[RestartserviceQueueTask] = {
    0,
    1,
}


def check_restartservice_queue_task(value: int) -> RestartserviceQueueTask:
    if value in RESTARTSERVICE_QUEUE_TASK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTARTSERVICE_QUEUE_TASK_VALUES!r}")

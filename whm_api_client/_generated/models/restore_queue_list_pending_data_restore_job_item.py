# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_queue_list_pending_data_restore_job_item_options import (
        RestoreQueueListPendingDataRestoreJobItemOptions,
    )


T = TypeVar("T", bound="RestoreQueueListPendingDataRestoreJobItem")


@_attrs_define
class RestoreQueueListPendingDataRestoreJobItem:
    """
    Attributes:
        options (RestoreQueueListPendingDataRestoreJobItemOptions | Unset):
        restore_point (str | Unset):
        user (str | Unset):
    """

    options: RestoreQueueListPendingDataRestoreJobItemOptions | Unset = UNSET
    restore_point: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        restore_point = self.restore_point

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if restore_point is not UNSET:
            field_dict["restore_point"] = restore_point
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: RestoreQueueListPendingDataRestoreJobItemOptions | Unset
        if _options is None or isinstance(_options, Unset):  # null reads as UNSET
            options = UNSET
        else:
            if not isinstance(_options, dict):
                raise TypeError(f"field options: expected object, got {type(_options).__name__}")
            options = RestoreQueueListPendingDataRestoreJobItemOptions.from_dict(_options)

        restore_point = d.pop("restore_point", UNSET)
        if restore_point is None:
            restore_point = UNSET
        if not isinstance(restore_point, (str, Unset)):
            raise TypeError(f"field restore_point: expected string, got {type(restore_point).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        restore_queue_list_pending_data_restore_job_item = cls(
            options=options,
            restore_point=restore_point,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restore_queue_list_pending_data_restore_job_item.additional_properties = additional_properties
        return restore_queue_list_pending_data_restore_job_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.restore_queue_list_pending_data_restore_job_item_options import (
    RestoreQueueListPendingDataRestoreJobItemOptions,  # noqa: E402
)

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.restore_queue_list_active_data_restore_job_item_options import (
        RestoreQueueListActiveDataRestoreJobItemOptions,
    )


T = TypeVar("T", bound="RestoreQueueListActiveDataRestoreJobItem")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueListActiveDataRestoreJobItem:
    """
    Attributes:
        options (RestoreQueueListActiveDataRestoreJobItemOptions | Unset):
        restore_point (str | Unset):
        user (str | Unset):
    """

    options: RestoreQueueListActiveDataRestoreJobItemOptions | Unset = UNSET
    restore_point: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: RestoreQueueListActiveDataRestoreJobItemOptions | Unset
        if _options.__class__ is not dict:
            _options = read_object(_options, "options", False)
        options = UNSET if _options is UNSET else RestoreQueueListActiveDataRestoreJobItemOptions.from_dict(_options)

        restore_point = d.pop("restore_point", UNSET)
        if restore_point.__class__ is not str:
            restore_point = read_value(restore_point, "restore_point", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        restore_queue_list_active_data_restore_job_item = _new_instance(cls)
        restore_queue_list_active_data_restore_job_item.options = options
        restore_queue_list_active_data_restore_job_item.restore_point = restore_point
        restore_queue_list_active_data_restore_job_item.user = user

        restore_queue_list_active_data_restore_job_item.additional_properties = dict(d) if d else {}
        return restore_queue_list_active_data_restore_job_item

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


from ..models.restore_queue_list_active_data_restore_job_item_options import (
    RestoreQueueListActiveDataRestoreJobItemOptions,  # noqa: E402
)

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.force_dedistribution_from_node_data_log_item import ForceDedistributionFromNodeDataLogItem
    from ..models.force_dedistribution_from_node_data_user_info_item import ForceDedistributionFromNodeDataUserInfoItem


T = TypeVar("T", bound="ForceDedistributionFromNodeData")
_new_instance = object.__new__


@_attrs_define
class ForceDedistributionFromNodeData:
    """
    Attributes:
        log (list[ForceDedistributionFromNodeDataLogItem] | Unset):
        user_info (list[ForceDedistributionFromNodeDataUserInfoItem] | Unset):
    """

    log: list[ForceDedistributionFromNodeDataLogItem] | Unset = UNSET
    user_info: list[ForceDedistributionFromNodeDataUserInfoItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        log: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = []
            for log_item_data in self.log:
                log_item = log_item_data.to_dict()
                log.append(log_item)

        user_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = []
            for user_info_item_data in self.user_info:
                user_info_item = user_info_item_data.to_dict()
                user_info.append(user_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log is not UNSET:
            field_dict["log"] = log
        if user_info is not UNSET:
            field_dict["user_info"] = user_info

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _log = d.pop("log", UNSET)
        if _log.__class__ is not list:
            _log = read_list(_log, "log", False)
        log: list[ForceDedistributionFromNodeDataLogItem] | Unset = UNSET
        if _log is not UNSET:
            log = []
            for log_item_data in _log:
                _log_item = log_item_data
                if _log_item.__class__ is not dict:
                    _log_item = read_object(_log_item, "log_item", True)
                log_item = ForceDedistributionFromNodeDataLogItem.from_dict(_log_item)

                log.append(log_item)

        _user_info = d.pop("user_info", UNSET)
        if _user_info.__class__ is not list:
            _user_info = read_list(_user_info, "user_info", False)
        user_info: list[ForceDedistributionFromNodeDataUserInfoItem] | Unset = UNSET
        if _user_info is not UNSET:
            user_info = []
            for user_info_item_data in _user_info:
                _user_info_item = user_info_item_data
                if _user_info_item.__class__ is not dict:
                    _user_info_item = read_object(_user_info_item, "user_info_item", True)
                user_info_item = ForceDedistributionFromNodeDataUserInfoItem.from_dict(_user_info_item)

                user_info.append(user_info_item)

        force_dedistribution_from_node_data = _new_instance(cls)
        force_dedistribution_from_node_data.log = log
        force_dedistribution_from_node_data.user_info = user_info

        force_dedistribution_from_node_data.additional_properties = dict(d) if d else {}
        return force_dedistribution_from_node_data

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


from ..models.force_dedistribution_from_node_data_log_item import ForceDedistributionFromNodeDataLogItem  # noqa: E402
from ..models.force_dedistribution_from_node_data_user_info_item import ForceDedistributionFromNodeDataUserInfoItem  # noqa: E402

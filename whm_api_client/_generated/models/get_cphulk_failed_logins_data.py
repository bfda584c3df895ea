# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_cphulk_failed_logins_data_failed_logins_item import GetCphulkFailedLoginsDataFailedLoginsItem


T = TypeVar("T", bound="GetCphulkFailedLoginsData")
_new_instance = object.__new__


@_attrs_define
class GetCphulkFailedLoginsData:
    """
    Attributes:
        failed_logins (list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset):
    """

    failed_logins: list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        failed_logins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_logins, Unset):
            failed_logins = []
            for failed_logins_item_data in self.failed_logins:
                failed_logins_item = failed_logins_item_data.to_dict()
                failed_logins.append(failed_logins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_logins is not UNSET:
            field_dict["failed_logins"] = failed_logins

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed_logins = d.pop("failed_logins", UNSET)
        if _failed_logins.__class__ is not list:
            _failed_logins = read_list(_failed_logins, "failed_logins", False)
        failed_logins: list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset = UNSET
        if _failed_logins is not UNSET:
            failed_logins = []
            for failed_logins_item_data in _failed_logins:
                _failed_logins_item = failed_logins_item_data
                if _failed_logins_item.__class__ is not dict:
                    _failed_logins_item = read_object(_failed_logins_item, "failed_logins_item", True)
                failed_logins_item = GetCphulkFailedLoginsDataFailedLoginsItem.from_dict(_failed_logins_item)

                failed_logins.append(failed_logins_item)

        get_cphulk_failed_logins_data = _new_instance(cls)
        get_cphulk_failed_logins_data.failed_logins = failed_logins

        get_cphulk_failed_logins_data.additional_properties = dict(d) if d else {}
        return get_cphulk_failed_logins_data

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


from ..models.get_cphulk_failed_logins_data_failed_logins_item import GetCphulkFailedLoginsDataFailedLoginsItem  # noqa: E402

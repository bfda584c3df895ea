# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.fetch_ssl_vhosts_data_vhosts_item import FetchSslVhostsDataVhostsItem


T = TypeVar("T", bound="FetchSslVhostsData")
_new_instance = object.__new__


@_attrs_define
class FetchSslVhostsData:
    """
    Attributes:
        vhosts (list[FetchSslVhostsDataVhostsItem] | Unset):
    """

    vhosts: list[FetchSslVhostsDataVhostsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        vhosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vhosts, Unset):
            vhosts = []
            for vhosts_item_data in self.vhosts:
                vhosts_item = vhosts_item_data.to_dict()
                vhosts.append(vhosts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhosts is not UNSET:
            field_dict["vhosts"] = vhosts

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vhosts = d.pop("vhosts", UNSET)
        if _vhosts.__class__ is not list:
            _vhosts = read_list(_vhosts, "vhosts", False)
        vhosts: list[FetchSslVhostsDataVhostsItem] | Unset = UNSET
        if _vhosts is not UNSET:
            vhosts = []
            for vhosts_item_data in _vhosts:
                _vhosts_item = vhosts_item_data
                if _vhosts_item.__class__ is not dict:
                    _vhosts_item = read_object(_vhosts_item, "vhosts_item", True)
                vhosts_item = FetchSslVhostsDataVhostsItem.from_dict(_vhosts_item)

                vhosts.append(vhosts_item)

        fetch_ssl_vhosts_data = _new_instance(cls)
        fetch_ssl_vhosts_data.vhosts = vhosts

        fetch_ssl_vhosts_data.additional_properties = dict(d) if d else {}
        return fetch_ssl_vhosts_data

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


from ..models.fetch_ssl_vhosts_data_vhosts_item import FetchSslVhostsDataVhostsItem  # noqa: E402

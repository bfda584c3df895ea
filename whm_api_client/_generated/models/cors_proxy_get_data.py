# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.cors_proxy_get_data_cp_redirects_item import CorsProxyGetDataCpRedirectsItem


T = TypeVar("T", bound="CorsProxyGetData")
_new_instance = object.__new__


@_attrs_define
class CorsProxyGetData:
    """
    Attributes:
        field_cp_redirects (list[CorsProxyGetDataCpRedirectsItem] | Unset):
        content (str | Unset):
    """

    field_cp_redirects: list[CorsProxyGetDataCpRedirectsItem] | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        field_cp_redirects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_cp_redirects, Unset):
            field_cp_redirects = []
            for field_cp_redirects_item_data in self.field_cp_redirects:
                field_cp_redirects_item = field_cp_redirects_item_data.to_dict()
                field_cp_redirects.append(field_cp_redirects_item)

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_cp_redirects is not UNSET:
            field_dict["_cp_redirects"] = field_cp_redirects
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field_cp_redirects = d.pop("_cp_redirects", UNSET)
        if _field_cp_redirects.__class__ is not list:
            _field_cp_redirects = read_list(_field_cp_redirects, "_cp_redirects", False)
        field_cp_redirects: list[CorsProxyGetDataCpRedirectsItem] | Unset = UNSET
        if _field_cp_redirects is not UNSET:
            field_cp_redirects = []
            for field_cp_redirects_item_data in _field_cp_redirects:
                _field_cp_redirects_item = field_cp_redirects_item_data
                if _field_cp_redirects_item.__class__ is not dict:
                    _field_cp_redirects_item = read_object(_field_cp_redirects_item, "_cp_redirects_item", True)
                field_cp_redirects_item = CorsProxyGetDataCpRedirectsItem.from_dict(_field_cp_redirects_item)

                field_cp_redirects.append(field_cp_redirects_item)

        content = d.pop("content", UNSET)
        if content.__class__ is not str:
            content = read_value(content, "content", "string", False)

        cors_proxy_get_data = _new_instance(cls)
        cors_proxy_get_data.field_cp_redirects = field_cp_redirects
        cors_proxy_get_data.content = content

        cors_proxy_get_data.additional_properties = dict(d) if d else {}
        return cors_proxy_get_data

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


from ..models.cors_proxy_get_data_cp_redirects_item import CorsProxyGetDataCpRedirectsItem  # noqa: E402

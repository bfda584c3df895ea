# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.api_token_list_data_tokens_additional_property_acls import (
        ApiTokenListDataTokensAdditionalPropertyAcls,
    )


T = TypeVar("T", bound="ApiTokenListDataTokensAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class ApiTokenListDataTokensAdditionalProperty:
    """
    Attributes:
        name (str | Unset):
        acls (ApiTokenListDataTokensAdditionalPropertyAcls | Unset):
        create_time (int | Unset):
        expires_at (int | None | Unset):
        whitelist_ips (list[str] | Unset):
    """

    name: str | Unset = UNSET
    acls: ApiTokenListDataTokensAdditionalPropertyAcls | Unset = UNSET
    create_time: int | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    whitelist_ips: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        acls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = self.acls.to_dict()

        create_time = self.create_time

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        whitelist_ips: list[str] | Unset = UNSET
        if not isinstance(self.whitelist_ips, Unset):
            whitelist_ips = self.whitelist_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if acls is not UNSET:
            field_dict["acls"] = acls
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if whitelist_ips is not UNSET:
            field_dict["whitelist_ips"] = whitelist_ips

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        _acls = d.pop("acls", UNSET)
        acls: ApiTokenListDataTokensAdditionalPropertyAcls | Unset
        if _acls.__class__ is not dict:
            _acls = read_object(_acls, "acls", False)
        acls = UNSET if _acls is UNSET else ApiTokenListDataTokensAdditionalPropertyAcls.from_dict(_acls)

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = read_value(create_time, "create_time", "integer", False)

        expires_at = d.pop("expires_at", UNSET)
        if expires_at.__class__ is not int and expires_at is not None:
            expires_at = read_value(expires_at, "expires_at", "integer", False)

        _whitelist_ips = d.pop("whitelist_ips", UNSET)
        if _whitelist_ips.__class__ is not list:
            _whitelist_ips = read_list(_whitelist_ips, "whitelist_ips", False)
        whitelist_ips: list[str] | Unset = UNSET
        if _whitelist_ips is not UNSET:
            whitelist_ips = _whitelist_ips
            for _item in _whitelist_ips:
                if _item.__class__ is not str:
                    whitelist_ips = read_items(_whitelist_ips, "whitelist_ips_item", "string")
                    break

        api_token_list_data_tokens_additional_property = _new_instance(cls)
        api_token_list_data_tokens_additional_property.name = name
        api_token_list_data_tokens_additional_property.acls = acls
        api_token_list_data_tokens_additional_property.create_time = create_time
        api_token_list_data_tokens_additional_property.expires_at = expires_at
        api_token_list_data_tokens_additional_property.whitelist_ips = whitelist_ips

        api_token_list_data_tokens_additional_property.additional_properties = dict(d) if d else {}
        return api_token_list_data_tokens_additional_property

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


from ..models.api_token_list_data_tokens_additional_property_acls import ApiTokenListDataTokensAdditionalPropertyAcls  # noqa: E402

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_token_list_data_tokens_additional_property_acls import (
        ApiTokenListDataTokensAdditionalPropertyAcls,
    )


T = TypeVar("T", bound="ApiTokenListDataTokensAdditionalProperty")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        _acls = d.pop("acls", UNSET)
        acls: ApiTokenListDataTokensAdditionalPropertyAcls | Unset
        if _acls is None or isinstance(_acls, Unset):  # null reads as UNSET
            acls = UNSET
        else:
            if not isinstance(_acls, dict):
                raise TypeError(f"field acls: expected object, got {type(_acls).__name__}")
            acls = ApiTokenListDataTokensAdditionalPropertyAcls.from_dict(_acls)

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
        if not isinstance(create_time, (int, Unset)):
            raise TypeError(f"field create_time: expected integer, got {type(create_time).__name__}")

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                expires_at_type_0 = data
                if not isinstance(expires_at_type_0, (int,)):
                    raise TypeError(
                        f"field expires_at_type_0: expected integer, got {type(expires_at_type_0).__name__}"
                    )

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expires_at_type_1 = data
            if expires_at_type_1 is not None:
                raise TypeError(f"field expires_at_type_1: expected null, got {type(expires_at_type_1).__name__}")

            return expires_at_type_1

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _whitelist_ips = d.pop("whitelist_ips", UNSET)
        whitelist_ips: list[str] | Unset = UNSET
        if _whitelist_ips is not None and not isinstance(_whitelist_ips, Unset):  # null reads as UNSET
            if not isinstance(_whitelist_ips, list):
                raise TypeError(f"field whitelist_ips: expected array, got {type(_whitelist_ips).__name__}")
            whitelist_ips = []
            for whitelist_ips_item_data in _whitelist_ips:
                whitelist_ips_item = whitelist_ips_item_data
                if not isinstance(whitelist_ips_item, (str,)):
                    raise TypeError(
                        f"field whitelist_ips_item: expected string, got {type(whitelist_ips_item).__name__}"
                    )

                whitelist_ips.append(whitelist_ips_item)

        api_token_list_data_tokens_additional_property = cls(
            name=name,
            acls=acls,
            create_time=create_time,
            expires_at=expires_at,
            whitelist_ips=whitelist_ips,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        api_token_list_data_tokens_additional_property.additional_properties = additional_properties
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

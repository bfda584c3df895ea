# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.cpgreylist_save_common_mail_providers_config_data_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders,
    )


T = TypeVar("T", bound="CpgreylistSaveCommonMailProvidersConfigData")
_new_instance = object.__new__


@_attrs_define
class CpgreylistSaveCommonMailProvidersConfigData:
    """
    Attributes:
        autotrust_new_common_mail_providers (int | Unset):
        common_mail_providers (CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders | Unset):
    """

    autotrust_new_common_mail_providers: int | Unset = UNSET
    common_mail_providers: CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        autotrust_new_common_mail_providers = self.autotrust_new_common_mail_providers

        common_mail_providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common_mail_providers, Unset):
            common_mail_providers = self.common_mail_providers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autotrust_new_common_mail_providers is not UNSET:
            field_dict["autotrust_new_common_mail_providers"] = autotrust_new_common_mail_providers
        if common_mail_providers is not UNSET:
            field_dict["common_mail_providers"] = common_mail_providers

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autotrust_new_common_mail_providers = d.pop("autotrust_new_common_mail_providers", UNSET)
        if autotrust_new_common_mail_providers.__class__ is not int:
            autotrust_new_common_mail_providers = read_value(
                autotrust_new_common_mail_providers, "autotrust_new_common_mail_providers", "integer", False
            )

        _common_mail_providers = d.pop("common_mail_providers", UNSET)
        common_mail_providers: CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders | Unset
        if _common_mail_providers.__class__ is not dict:
            _common_mail_providers = read_object(_common_mail_providers, "common_mail_providers", False)
        common_mail_providers = (
            UNSET
            if _common_mail_providers is UNSET
            else CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders.from_dict(_common_mail_providers)
        )

        cpgreylist_save_common_mail_providers_config_data = _new_instance(cls)
        cpgreylist_save_common_mail_providers_config_data.autotrust_new_common_mail_providers = (
            autotrust_new_common_mail_providers
        )
        cpgreylist_save_common_mail_providers_config_data.common_mail_providers = common_mail_providers

        cpgreylist_save_common_mail_providers_config_data.additional_properties = dict(d) if d else {}
        return cpgreylist_save_common_mail_providers_config_data

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


from ..models.cpgreylist_save_common_mail_providers_config_data_common_mail_providers import (
    CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders,  # noqa: E402
)

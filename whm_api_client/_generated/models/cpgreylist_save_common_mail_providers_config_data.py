# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpgreylist_save_common_mail_providers_config_data_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders,
    )


T = TypeVar("T", bound="CpgreylistSaveCommonMailProvidersConfigData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autotrust_new_common_mail_providers = d.pop("autotrust_new_common_mail_providers", UNSET)
        if autotrust_new_common_mail_providers is None:
            autotrust_new_common_mail_providers = UNSET
        if not isinstance(autotrust_new_common_mail_providers, (int, Unset)):
            raise TypeError(
                f"field autotrust_new_common_mail_providers: expected integer, got {type(autotrust_new_common_mail_providers).__name__}"
            )

        _common_mail_providers = d.pop("common_mail_providers", UNSET)
        common_mail_providers: CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders | Unset
        if _common_mail_providers is None or isinstance(_common_mail_providers, Unset):  # null reads as UNSET
            common_mail_providers = UNSET
        else:
            if not isinstance(_common_mail_providers, dict):
                raise TypeError(
                    f"field common_mail_providers: expected object, got {type(_common_mail_providers).__name__}"
                )
            common_mail_providers = CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders.from_dict(
                _common_mail_providers
            )

        cpgreylist_save_common_mail_providers_config_data = cls(
            autotrust_new_common_mail_providers=autotrust_new_common_mail_providers,
            common_mail_providers=common_mail_providers,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        cpgreylist_save_common_mail_providers_config_data.additional_properties = additional_properties
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

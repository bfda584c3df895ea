# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unset_manual_mx_redirects_data_payload import UnsetManualMxRedirectsDataPayload


T = TypeVar("T", bound="UnsetManualMxRedirectsData")


@_attrs_define
class UnsetManualMxRedirectsData:
    """
    Attributes:
        payload (UnsetManualMxRedirectsDataPayload | Unset):
    """

    payload: UnsetManualMxRedirectsDataPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: UnsetManualMxRedirectsDataPayload | Unset
        if _payload is None or isinstance(_payload, Unset):  # null reads as UNSET
            payload = UNSET
        else:
            if not isinstance(_payload, dict):
                raise TypeError(f"field payload: expected object, got {type(_payload).__name__}")
            payload = UnsetManualMxRedirectsDataPayload.from_dict(_payload)

        unset_manual_mx_redirects_data = cls(
            payload=payload,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        unset_manual_mx_redirects_data.additional_properties = additional_properties
        return unset_manual_mx_redirects_data

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


from ..models.unset_manual_mx_redirects_data_payload import UnsetManualMxRedirectsDataPayload  # noqa: E402

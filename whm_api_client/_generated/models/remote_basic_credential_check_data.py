# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteBasicCredentialCheckData")


@_attrs_define
class RemoteBasicCredentialCheckData:
    """
    Attributes:
        output (str | Unset):
        response (str | Unset):
    """

    output: str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output = d.pop("output", UNSET)
        if output is None:
            output = UNSET
        if not isinstance(output, (str, Unset)):
            raise TypeError(f"field output: expected string, got {type(output).__name__}")

        response = d.pop("response", UNSET)
        if response is None:
            response = UNSET
        if not isinstance(response, (str, Unset)):
            raise TypeError(f"field response: expected string, got {type(response).__name__}")

        remote_basic_credential_check_data = cls(
            output=output,
            response=response,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_basic_credential_check_data.additional_properties = additional_properties
        return remote_basic_credential_check_data

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

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteMysqlInitiateProfileActivationData")


@_attrs_define
class RemoteMysqlInitiateProfileActivationData:
    """
    Attributes:
        activation_job_started (int | Unset):
    """

    activation_job_started: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_job_started = self.activation_job_started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation_job_started is not UNSET:
            field_dict["activation_job_started"] = activation_job_started

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_job_started = d.pop("activation_job_started", UNSET)
        if activation_job_started is None:
            activation_job_started = UNSET
        if not isinstance(activation_job_started, (int, Unset)):
            raise TypeError(
                f"field activation_job_started: expected integer, got {type(activation_job_started).__name__}"
            )

        remote_mysql_initiate_profile_activation_data = cls(
            activation_job_started=activation_job_started,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_mysql_initiate_profile_activation_data.additional_properties = additional_properties
        return remote_mysql_initiate_profile_activation_data

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

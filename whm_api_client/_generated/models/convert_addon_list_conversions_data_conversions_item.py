# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertAddonListConversionsDataConversionsItem")


@_attrs_define
class ConvertAddonListConversionsDataConversionsItem:
    """
    Attributes:
        domain (str | Unset):
        end_time (int | Unset):
        job_id (int | Unset):
        source_acct (str | Unset):
        start_time (int | Unset):
        status (str | Unset):
        target_acct (str | Unset):
    """

    domain: str | Unset = UNSET
    end_time: int | Unset = UNSET
    job_id: int | Unset = UNSET
    source_acct: str | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    target_acct: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        end_time = self.end_time

        job_id = self.job_id

        source_acct = self.source_acct

        start_time = self.start_time

        status = self.status

        target_acct = self.target_acct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if source_acct is not UNSET:
            field_dict["source_acct"] = source_acct
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if target_acct is not UNSET:
            field_dict["target_acct"] = target_acct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = UNSET
        if not isinstance(end_time, (int, Unset)):
            raise TypeError(f"field end_time: expected integer, got {type(end_time).__name__}")

        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
        if not isinstance(job_id, (int, Unset)):
            raise TypeError(f"field job_id: expected integer, got {type(job_id).__name__}")

        source_acct = d.pop("source_acct", UNSET)
        if source_acct is None:
            source_acct = UNSET
        if not isinstance(source_acct, (str, Unset)):
            raise TypeError(f"field source_acct: expected string, got {type(source_acct).__name__}")

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
        if not isinstance(start_time, (int, Unset)):
            raise TypeError(f"field start_time: expected integer, got {type(start_time).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (str, Unset)):
            raise TypeError(f"field status: expected string, got {type(status).__name__}")

        target_acct = d.pop("target_acct", UNSET)
        if target_acct is None:
            target_acct = UNSET
        if not isinstance(target_acct, (str, Unset)):
            raise TypeError(f"field target_acct: expected string, got {type(target_acct).__name__}")

        convert_addon_list_conversions_data_conversions_item = cls(
            domain=domain,
            end_time=end_time,
            job_id=job_id,
            source_acct=source_acct,
            start_time=start_time,
            status=status,
            target_acct=target_acct,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        convert_addon_list_conversions_data_conversions_item.additional_properties = additional_properties
        return convert_addon_list_conversions_data_conversions_item

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

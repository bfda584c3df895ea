# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketRemoveClosedData")


@_attrs_define
class TicketRemoveClosedData:
    """
    Attributes:
        chain_status (str | Unset):
        csf_wl_status (str | Unset):
        host_access_wl_status (str | Unset):
        hulk_wl_status (str | Unset):
        non_fatals (list[str] | Unset):
        revoked_keys (int | Unset):
    """

    chain_status: str | Unset = UNSET
    csf_wl_status: str | Unset = UNSET
    host_access_wl_status: str | Unset = UNSET
    hulk_wl_status: str | Unset = UNSET
    non_fatals: list[str] | Unset = UNSET
    revoked_keys: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_status = self.chain_status

        csf_wl_status = self.csf_wl_status

        host_access_wl_status = self.host_access_wl_status

        hulk_wl_status = self.hulk_wl_status

        non_fatals: list[str] | Unset = UNSET
        if not isinstance(self.non_fatals, Unset):
            non_fatals = self.non_fatals

        revoked_keys = self.revoked_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_status is not UNSET:
            field_dict["chain_status"] = chain_status
        if csf_wl_status is not UNSET:
            field_dict["csf_wl_status"] = csf_wl_status
        if host_access_wl_status is not UNSET:
            field_dict["host_access_wl_status"] = host_access_wl_status
        if hulk_wl_status is not UNSET:
            field_dict["hulk_wl_status"] = hulk_wl_status
        if non_fatals is not UNSET:
            field_dict["non_fatals"] = non_fatals
        if revoked_keys is not UNSET:
            field_dict["revoked_keys"] = revoked_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_status = d.pop("chain_status", UNSET)
        if chain_status is None:
            chain_status = UNSET
        if not isinstance(chain_status, (str, Unset)):
            raise TypeError(f"field chain_status: expected string, got {type(chain_status).__name__}")

        csf_wl_status = d.pop("csf_wl_status", UNSET)
        if csf_wl_status is None:
            csf_wl_status = UNSET
        if not isinstance(csf_wl_status, (str, Unset)):
            raise TypeError(f"field csf_wl_status: expected string, got {type(csf_wl_status).__name__}")

        host_access_wl_status = d.pop("host_access_wl_status", UNSET)
        if host_access_wl_status is None:
            host_access_wl_status = UNSET
        if not isinstance(host_access_wl_status, (str, Unset)):
            raise TypeError(f"field host_access_wl_status: expected string, got {type(host_access_wl_status).__name__}")

        hulk_wl_status = d.pop("hulk_wl_status", UNSET)
        if hulk_wl_status is None:
            hulk_wl_status = UNSET
        if not isinstance(hulk_wl_status, (str, Unset)):
            raise TypeError(f"field hulk_wl_status: expected string, got {type(hulk_wl_status).__name__}")

        _non_fatals = d.pop("non_fatals", UNSET)
        non_fatals: list[str] | Unset = UNSET
        if _non_fatals is not None and not isinstance(_non_fatals, Unset):  # null reads as UNSET
            if not isinstance(_non_fatals, list):
                raise TypeError(f"field non_fatals: expected array, got {type(_non_fatals).__name__}")
            non_fatals = []
            for non_fatals_item_data in _non_fatals:
                non_fatals_item = non_fatals_item_data
                if not isinstance(non_fatals_item, (str,)):
                    raise TypeError(f"field non_fatals_item: expected string, got {type(non_fatals_item).__name__}")

                non_fatals.append(non_fatals_item)

        revoked_keys = d.pop("revoked_keys", UNSET)
        if revoked_keys is None:
            revoked_keys = UNSET
        if not isinstance(revoked_keys, (int, Unset)):
            raise TypeError(f"field revoked_keys: expected integer, got {type(revoked_keys).__name__}")

        ticket_remove_closed_data = cls(
            chain_status=chain_status,
            csf_wl_status=csf_wl_status,
            host_access_wl_status=host_access_wl_status,
            hulk_wl_status=hulk_wl_status,
            non_fatals=non_fatals,
            revoked_keys=revoked_keys,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_remove_closed_data.additional_properties = additional_properties
        return ticket_remove_closed_data

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

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.massmodifyacct_data_payload_item_extended_cpuser import MassmodifyacctDataPayloadItemExtendedCpuser


T = TypeVar("T", bound="MassmodifyacctDataPayloadItemExtended")


@_attrs_define
class MassmodifyacctDataPayloadItemExtended:
    """
    Attributes:
        cpuser (MassmodifyacctDataPayloadItemExtendedCpuser | Unset):
        domain (str | Unset):
        setshell (str | Unset):
        user (str | Unset):
    """

    cpuser: MassmodifyacctDataPayloadItemExtendedCpuser | Unset = UNSET
    domain: str | Unset = UNSET
    setshell: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpuser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpuser, Unset):
            cpuser = self.cpuser.to_dict()

        domain = self.domain

        setshell = self.setshell

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpuser is not UNSET:
            field_dict["cpuser"] = cpuser
        if domain is not UNSET:
            field_dict["domain"] = domain
        if setshell is not UNSET:
            field_dict["setshell"] = setshell
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpuser = d.pop("cpuser", UNSET)
        cpuser: MassmodifyacctDataPayloadItemExtendedCpuser | Unset
        if _cpuser is None or isinstance(_cpuser, Unset):  # null reads as UNSET
            cpuser = UNSET
        else:
            if not isinstance(_cpuser, dict):
                raise TypeError(f"field cpuser: expected object, got {type(_cpuser).__name__}")
            cpuser = MassmodifyacctDataPayloadItemExtendedCpuser.from_dict(_cpuser)

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        setshell = d.pop("setshell", UNSET)
        if setshell is None:
            setshell = UNSET
        if not isinstance(setshell, (str, Unset)):
            raise TypeError(f"field setshell: expected string, got {type(setshell).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        massmodifyacct_data_payload_item_extended = cls(
            cpuser=cpuser,
            domain=domain,
            setshell=setshell,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        massmodifyacct_data_payload_item_extended.additional_properties = additional_properties
        return massmodifyacct_data_payload_item_extended

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


from ..models.massmodifyacct_data_payload_item_extended_cpuser import MassmodifyacctDataPayloadItemExtendedCpuser  # noqa: E402

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CreateacctData")
_new_instance = object.__new__


@_attrs_define
class CreateacctData:
    """
    Attributes:
        ip (str | Unset):
        nameserver (str | Unset):
        nameserver2 (str | Unset):
        nameserver3 (str | Unset):
        nameserver4 (str | Unset):
        nameservera (None | str | Unset):
        nameservera2 (None | str | Unset):
        nameservera3 (None | str | Unset):
        nameservera4 (None | str | Unset):
        nameserverentry (None | str | Unset):
        nameserverentry2 (None | str | Unset):
        nameserverentry3 (None | str | Unset):
        nameserverentry4 (None | str | Unset):
        package (str | Unset):
    """

    ip: str | Unset = UNSET
    nameserver: str | Unset = UNSET
    nameserver2: str | Unset = UNSET
    nameserver3: str | Unset = UNSET
    nameserver4: str | Unset = UNSET
    nameservera: None | str | Unset = UNSET
    nameservera2: None | str | Unset = UNSET
    nameservera3: None | str | Unset = UNSET
    nameservera4: None | str | Unset = UNSET
    nameserverentry: None | str | Unset = UNSET
    nameserverentry2: None | str | Unset = UNSET
    nameserverentry3: None | str | Unset = UNSET
    nameserverentry4: None | str | Unset = UNSET
    package: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ip = self.ip

        nameserver = self.nameserver

        nameserver2 = self.nameserver2

        nameserver3 = self.nameserver3

        nameserver4 = self.nameserver4

        nameservera: None | str | Unset
        if isinstance(self.nameservera, Unset):
            nameservera = UNSET
        else:
            nameservera = self.nameservera

        nameservera2: None | str | Unset
        if isinstance(self.nameservera2, Unset):
            nameservera2 = UNSET
        else:
            nameservera2 = self.nameservera2

        nameservera3: None | str | Unset
        if isinstance(self.nameservera3, Unset):
            nameservera3 = UNSET
        else:
            nameservera3 = self.nameservera3

        nameservera4: None | str | Unset
        if isinstance(self.nameservera4, Unset):
            nameservera4 = UNSET
        else:
            nameservera4 = self.nameservera4

        nameserverentry: None | str | Unset
        if isinstance(self.nameserverentry, Unset):
            nameserverentry = UNSET
        else:
            nameserverentry = self.nameserverentry

        nameserverentry2: None | str | Unset
        if isinstance(self.nameserverentry2, Unset):
            nameserverentry2 = UNSET
        else:
            nameserverentry2 = self.nameserverentry2

        nameserverentry3: None | str | Unset
        if isinstance(self.nameserverentry3, Unset):
            nameserverentry3 = UNSET
        else:
            nameserverentry3 = self.nameserverentry3

        nameserverentry4: None | str | Unset
        if isinstance(self.nameserverentry4, Unset):
            nameserverentry4 = UNSET
        else:
            nameserverentry4 = self.nameserverentry4

        package = self.package

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if nameserver is not UNSET:
            field_dict["nameserver"] = nameserver
        if nameserver2 is not UNSET:
            field_dict["nameserver2"] = nameserver2
        if nameserver3 is not UNSET:
            field_dict["nameserver3"] = nameserver3
        if nameserver4 is not UNSET:
            field_dict["nameserver4"] = nameserver4
        if nameservera is not UNSET:
            field_dict["nameservera"] = nameservera
        if nameservera2 is not UNSET:
            field_dict["nameservera2"] = nameservera2
        if nameservera3 is not UNSET:
            field_dict["nameservera3"] = nameservera3
        if nameservera4 is not UNSET:
            field_dict["nameservera4"] = nameservera4
        if nameserverentry is not UNSET:
            field_dict["nameserverentry"] = nameserverentry
        if nameserverentry2 is not UNSET:
            field_dict["nameserverentry2"] = nameserverentry2
        if nameserverentry3 is not UNSET:
            field_dict["nameserverentry3"] = nameserverentry3
        if nameserverentry4 is not UNSET:
            field_dict["nameserverentry4"] = nameserverentry4
        if package is not UNSET:
            field_dict["package"] = package

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        nameserver = d.pop("nameserver", UNSET)
        if nameserver.__class__ is not str:
            nameserver = read_value(nameserver, "nameserver", "string", False)

        nameserver2 = d.pop("nameserver2", UNSET)
        if nameserver2.__class__ is not str:
            nameserver2 = read_value(nameserver2, "nameserver2", "string", False)

        nameserver3 = d.pop("nameserver3", UNSET)
        if nameserver3.__class__ is not str:
            nameserver3 = read_value(nameserver3, "nameserver3", "string", False)

        nameserver4 = d.pop("nameserver4", UNSET)
        if nameserver4.__class__ is not str:
            nameserver4 = read_value(nameserver4, "nameserver4", "string", False)

        nameservera = d.pop("nameservera", UNSET)
        if nameservera.__class__ is not str and nameservera is not None:
            nameservera = read_value(nameservera, "nameservera", "string", False)

        nameservera2 = d.pop("nameservera2", UNSET)
        if nameservera2.__class__ is not str and nameservera2 is not None:
            nameservera2 = read_value(nameservera2, "nameservera2", "string", False)

        nameservera3 = d.pop("nameservera3", UNSET)
        if nameservera3.__class__ is not str and nameservera3 is not None:
            nameservera3 = read_value(nameservera3, "nameservera3", "string", False)

        nameservera4 = d.pop("nameservera4", UNSET)
        if nameservera4.__class__ is not str and nameservera4 is not None:
            nameservera4 = read_value(nameservera4, "nameservera4", "string", False)

        nameserverentry = d.pop("nameserverentry", UNSET)
        if nameserverentry.__class__ is not str and nameserverentry is not None:
            nameserverentry = read_value(nameserverentry, "nameserverentry", "string", False)

        nameserverentry2 = d.pop("nameserverentry2", UNSET)
        if nameserverentry2.__class__ is not str and nameserverentry2 is not None:
            nameserverentry2 = read_value(nameserverentry2, "nameserverentry2", "string", False)

        nameserverentry3 = d.pop("nameserverentry3", UNSET)
        if nameserverentry3.__class__ is not str and nameserverentry3 is not None:
            nameserverentry3 = read_value(nameserverentry3, "nameserverentry3", "string", False)

        nameserverentry4 = d.pop("nameserverentry4", UNSET)
        if nameserverentry4.__class__ is not str and nameserverentry4 is not None:
            nameserverentry4 = read_value(nameserverentry4, "nameserverentry4", "string", False)

        package = d.pop("package", UNSET)
        if package.__class__ is not str:
            package = read_value(package, "package", "string", False)

        createacct_data = _new_instance(cls)
        createacct_data.ip = ip
        createacct_data.nameserver = nameserver
        createacct_data.nameserver2 = nameserver2
        createacct_data.nameserver3 = nameserver3
        createacct_data.nameserver4 = nameserver4
        createacct_data.nameservera = nameservera
        createacct_data.nameservera2 = nameservera2
        createacct_data.nameservera3 = nameservera3
        createacct_data.nameservera4 = nameservera4
        createacct_data.nameserverentry = nameserverentry
        createacct_data.nameserverentry2 = nameserverentry2
        createacct_data.nameserverentry3 = nameserverentry3
        createacct_data.nameserverentry4 = nameserverentry4
        createacct_data.package = package

        createacct_data.additional_properties = dict(d) if d else {}
        return createacct_data

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

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateacctData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        nameserver = d.pop("nameserver", UNSET)
        if nameserver is None:
            nameserver = UNSET
        if not isinstance(nameserver, (str, Unset)):
            raise TypeError(f"field nameserver: expected string, got {type(nameserver).__name__}")

        nameserver2 = d.pop("nameserver2", UNSET)
        if nameserver2 is None:
            nameserver2 = UNSET
        if not isinstance(nameserver2, (str, Unset)):
            raise TypeError(f"field nameserver2: expected string, got {type(nameserver2).__name__}")

        nameserver3 = d.pop("nameserver3", UNSET)
        if nameserver3 is None:
            nameserver3 = UNSET
        if not isinstance(nameserver3, (str, Unset)):
            raise TypeError(f"field nameserver3: expected string, got {type(nameserver3).__name__}")

        nameserver4 = d.pop("nameserver4", UNSET)
        if nameserver4 is None:
            nameserver4 = UNSET
        if not isinstance(nameserver4, (str, Unset)):
            raise TypeError(f"field nameserver4: expected string, got {type(nameserver4).__name__}")

        def _parse_nameservera(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameservera_type_0 = data
                if not isinstance(nameservera_type_0, (str,)):
                    raise TypeError(
                        f"field nameservera_type_0: expected string, got {type(nameservera_type_0).__name__}"
                    )

                return nameservera_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameservera_type_1 = data
            if nameservera_type_1 is not None:
                raise TypeError(f"field nameservera_type_1: expected null, got {type(nameservera_type_1).__name__}")

            return nameservera_type_1

        nameservera = _parse_nameservera(d.pop("nameservera", UNSET))

        def _parse_nameservera2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameservera2_type_0 = data
                if not isinstance(nameservera2_type_0, (str,)):
                    raise TypeError(
                        f"field nameservera2_type_0: expected string, got {type(nameservera2_type_0).__name__}"
                    )

                return nameservera2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameservera2_type_1 = data
            if nameservera2_type_1 is not None:
                raise TypeError(f"field nameservera2_type_1: expected null, got {type(nameservera2_type_1).__name__}")

            return nameservera2_type_1

        nameservera2 = _parse_nameservera2(d.pop("nameservera2", UNSET))

        def _parse_nameservera3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameservera3_type_0 = data
                if not isinstance(nameservera3_type_0, (str,)):
                    raise TypeError(
                        f"field nameservera3_type_0: expected string, got {type(nameservera3_type_0).__name__}"
                    )

                return nameservera3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameservera3_type_1 = data
            if nameservera3_type_1 is not None:
                raise TypeError(f"field nameservera3_type_1: expected null, got {type(nameservera3_type_1).__name__}")

            return nameservera3_type_1

        nameservera3 = _parse_nameservera3(d.pop("nameservera3", UNSET))

        def _parse_nameservera4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameservera4_type_0 = data
                if not isinstance(nameservera4_type_0, (str,)):
                    raise TypeError(
                        f"field nameservera4_type_0: expected string, got {type(nameservera4_type_0).__name__}"
                    )

                return nameservera4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameservera4_type_1 = data
            if nameservera4_type_1 is not None:
                raise TypeError(f"field nameservera4_type_1: expected null, got {type(nameservera4_type_1).__name__}")

            return nameservera4_type_1

        nameservera4 = _parse_nameservera4(d.pop("nameservera4", UNSET))

        def _parse_nameserverentry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameserverentry_type_0 = data
                if not isinstance(nameserverentry_type_0, (str,)):
                    raise TypeError(
                        f"field nameserverentry_type_0: expected string, got {type(nameserverentry_type_0).__name__}"
                    )

                return nameserverentry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameserverentry_type_1 = data
            if nameserverentry_type_1 is not None:
                raise TypeError(
                    f"field nameserverentry_type_1: expected null, got {type(nameserverentry_type_1).__name__}"
                )

            return nameserverentry_type_1

        nameserverentry = _parse_nameserverentry(d.pop("nameserverentry", UNSET))

        def _parse_nameserverentry2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameserverentry2_type_0 = data
                if not isinstance(nameserverentry2_type_0, (str,)):
                    raise TypeError(
                        f"field nameserverentry2_type_0: expected string, got {type(nameserverentry2_type_0).__name__}"
                    )

                return nameserverentry2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameserverentry2_type_1 = data
            if nameserverentry2_type_1 is not None:
                raise TypeError(
                    f"field nameserverentry2_type_1: expected null, got {type(nameserverentry2_type_1).__name__}"
                )

            return nameserverentry2_type_1

        nameserverentry2 = _parse_nameserverentry2(d.pop("nameserverentry2", UNSET))

        def _parse_nameserverentry3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameserverentry3_type_0 = data
                if not isinstance(nameserverentry3_type_0, (str,)):
                    raise TypeError(
                        f"field nameserverentry3_type_0: expected string, got {type(nameserverentry3_type_0).__name__}"
                    )

                return nameserverentry3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameserverentry3_type_1 = data
            if nameserverentry3_type_1 is not None:
                raise TypeError(
                    f"field nameserverentry3_type_1: expected null, got {type(nameserverentry3_type_1).__name__}"
                )

            return nameserverentry3_type_1

        nameserverentry3 = _parse_nameserverentry3(d.pop("nameserverentry3", UNSET))

        def _parse_nameserverentry4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nameserverentry4_type_0 = data
                if not isinstance(nameserverentry4_type_0, (str,)):
                    raise TypeError(
                        f"field nameserverentry4_type_0: expected string, got {type(nameserverentry4_type_0).__name__}"
                    )

                return nameserverentry4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            nameserverentry4_type_1 = data
            if nameserverentry4_type_1 is not None:
                raise TypeError(
                    f"field nameserverentry4_type_1: expected null, got {type(nameserverentry4_type_1).__name__}"
                )

            return nameserverentry4_type_1

        nameserverentry4 = _parse_nameserverentry4(d.pop("nameserverentry4", UNSET))

        package = d.pop("package", UNSET)
        if package is None:
            package = UNSET
        if not isinstance(package, (str, Unset)):
            raise TypeError(f"field package: expected string, got {type(package).__name__}")

        createacct_data = cls(
            ip=ip,
            nameserver=nameserver,
            nameserver2=nameserver2,
            nameserver3=nameserver3,
            nameserver4=nameserver4,
            nameservera=nameservera,
            nameservera2=nameservera2,
            nameservera3=nameservera3,
            nameservera4=nameservera4,
            nameserverentry=nameserverentry,
            nameserverentry2=nameserverentry2,
            nameserverentry3=nameserverentry3,
            nameserverentry4=nameserverentry4,
            package=package,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        createacct_data.additional_properties = additional_properties
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

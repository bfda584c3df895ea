# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_autossl_problems_for_user_data_problems_by_domain_item import (
        GetAutosslProblemsForUserDataProblemsByDomainItem,
    )


T = TypeVar("T", bound="GetAutosslProblemsForUserData")


@_attrs_define
class GetAutosslProblemsForUserData:
    """
    Attributes:
        problems_by_domain (list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset):
    """

    problems_by_domain: list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        problems_by_domain: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems_by_domain, Unset):
            problems_by_domain = []
            for problems_by_domain_item_data in self.problems_by_domain:
                problems_by_domain_item = problems_by_domain_item_data.to_dict()
                problems_by_domain.append(problems_by_domain_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if problems_by_domain is not UNSET:
            field_dict["problems_by_domain"] = problems_by_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _problems_by_domain = d.pop("problems_by_domain", UNSET)
        problems_by_domain: list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset = UNSET
        if _problems_by_domain is not None and not isinstance(_problems_by_domain, Unset):  # null reads as UNSET
            if not isinstance(_problems_by_domain, list):
                raise TypeError(f"field problems_by_domain: expected array, got {type(_problems_by_domain).__name__}")
            problems_by_domain = []
            for problems_by_domain_item_data in _problems_by_domain:
                _problems_by_domain_item = problems_by_domain_item_data
                if not isinstance(_problems_by_domain_item, dict):
                    raise TypeError(
                        f"field problems_by_domain_item: expected object, got {type(_problems_by_domain_item).__name__}"
                    )
                problems_by_domain_item = GetAutosslProblemsForUserDataProblemsByDomainItem.from_dict(
                    _problems_by_domain_item
                )

                problems_by_domain.append(problems_by_domain_item)

        get_autossl_problems_for_user_data = cls(
            problems_by_domain=problems_by_domain,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_problems_for_user_data.additional_properties = additional_properties
        return get_autossl_problems_for_user_data

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


from ..models.get_autossl_problems_for_user_data_problems_by_domain_item import (
    GetAutosslProblemsForUserDataProblemsByDomainItem,  # noqa: E402
)

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_autossl_problems_for_user_data_problems_by_domain_item import (
        GetAutosslProblemsForUserDataProblemsByDomainItem,
    )


T = TypeVar("T", bound="GetAutosslProblemsForUserData")
_new_instance = object.__new__


@_attrs_define
class GetAutosslProblemsForUserData:
    """
    Attributes:
        problems_by_domain (list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset):
    """

    problems_by_domain: list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _problems_by_domain = d.pop("problems_by_domain", UNSET)
        if _problems_by_domain.__class__ is not list:
            _problems_by_domain = read_list(_problems_by_domain, "problems_by_domain", False)
        problems_by_domain: list[GetAutosslProblemsForUserDataProblemsByDomainItem] | Unset = UNSET
        if _problems_by_domain is not UNSET:
            problems_by_domain = []
            for problems_by_domain_item_data in _problems_by_domain:
                _problems_by_domain_item = problems_by_domain_item_data
                if _problems_by_domain_item.__class__ is not dict:
                    _problems_by_domain_item = read_object(_problems_by_domain_item, "problems_by_domain_item", True)
                problems_by_domain_item = GetAutosslProblemsForUserDataProblemsByDomainItem.from_dict(
                    _problems_by_domain_item
                )

                problems_by_domain.append(problems_by_domain_item)

        get_autossl_problems_for_user_data = _new_instance(cls)
        get_autossl_problems_for_user_data.problems_by_domain = problems_by_domain

        get_autossl_problems_for_user_data.additional_properties = dict(d) if d else {}
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

# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAutosslProblemsForUserDataProblemsByDomainItem")


@_attrs_define
class GetAutosslProblemsForUserDataProblemsByDomainItem:
    """
    Attributes:
        domain (str | Unset):
        log (str | Unset):
        problem (str | Unset):
        time (str | Unset):
    """

    domain: str | Unset = UNSET
    log: str | Unset = UNSET
    problem: str | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        log = self.log

        problem = self.problem

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if log is not UNSET:
            field_dict["log"] = log
        if problem is not UNSET:
            field_dict["problem"] = problem
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        log = d.pop("log", UNSET)
        if log is None:
            log = UNSET
        if not isinstance(log, (str, Unset)):
            raise TypeError(f"field log: expected string, got {type(log).__name__}")

        problem = d.pop("problem", UNSET)
        if problem is None:
            problem = UNSET
        if not isinstance(problem, (str, Unset)):
            raise TypeError(f"field problem: expected string, got {type(problem).__name__}")

        time = d.pop("time", UNSET)
        if time is None:
            time = UNSET
        if not isinstance(time, (str, Unset)):
            raise TypeError(f"field time: expected string, got {type(time).__name__}")

        get_autossl_problems_for_user_data_problems_by_domain_item = cls(
            domain=domain,
            log=log,
            problem=problem,
            time=time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_problems_for_user_data_problems_by_domain_item.additional_properties = additional_properties
        return get_autossl_problems_for_user_data_problems_by_domain_item

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

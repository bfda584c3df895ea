# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.terminatereseller_data_acct_item import TerminateresellerDataAcctItem


T = TypeVar("T", bound="TerminateresellerData")
_new_instance = object.__new__


@_attrs_define
class TerminateresellerData:
    """
    Attributes:
        acct (list[TerminateresellerDataAcctItem] | Unset):
    """

    acct: list[TerminateresellerDataAcctItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        acct: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acct, Unset):
            acct = []
            for acct_item_data in self.acct:
                acct_item = acct_item_data.to_dict()
                acct.append(acct_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct is not UNSET:
            field_dict["acct"] = acct

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acct = d.pop("acct", UNSET)
        if _acct.__class__ is not list:
            _acct = read_list(_acct, "acct", False)
        acct: list[TerminateresellerDataAcctItem] | Unset = UNSET
        if _acct is not UNSET:
            acct = []
            for acct_item_data in _acct:
                _acct_item = acct_item_data
                if _acct_item.__class__ is not dict:
                    _acct_item = read_object(_acct_item, "acct_item", True)
                acct_item = TerminateresellerDataAcctItem.from_dict(_acct_item)

                acct.append(acct_item)

        terminatereseller_data = _new_instance(cls)
        terminatereseller_data.acct = acct

        terminatereseller_data.additional_properties = dict(d) if d else {}
        return terminatereseller_data

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


from ..models.terminatereseller_data_acct_item import TerminateresellerDataAcctItem  # noqa: E402

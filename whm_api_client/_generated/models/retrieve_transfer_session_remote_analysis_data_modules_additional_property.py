# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_modules_additional_property_analysis import (
        RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalProperty:
    """
    Attributes:
        name (str | Unset):
        analysis (RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis | Unset):
    """

    name: str | Unset = UNSET
    analysis: RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        _analysis = d.pop("analysis", UNSET)
        analysis: RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis | Unset
        if _analysis.__class__ is not dict:
            _analysis = read_object(_analysis, "analysis", False)
        analysis = (
            UNSET
            if _analysis is UNSET
            else RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis.from_dict(_analysis)
        )

        retrieve_transfer_session_remote_analysis_data_modules_additional_property = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_modules_additional_property.name = name
        retrieve_transfer_session_remote_analysis_data_modules_additional_property.analysis = analysis

        retrieve_transfer_session_remote_analysis_data_modules_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return retrieve_transfer_session_remote_analysis_data_modules_additional_property

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


from ..models.retrieve_transfer_session_remote_analysis_data_modules_additional_property_analysis import (
    RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis,  # noqa: E402
)

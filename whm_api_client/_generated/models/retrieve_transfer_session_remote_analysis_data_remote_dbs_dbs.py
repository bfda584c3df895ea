# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbs")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbs:
    """
    Attributes:
        mysql (RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL | Unset):
        pgsql (RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL | Unset):
    """

    mysql: RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL | Unset = UNSET
    pgsql: RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        mysql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql, Unset):
            mysql = self.mysql.to_dict()

        pgsql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pgsql, Unset):
            pgsql = self.pgsql.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mysql is not UNSET:
            field_dict["MYSQL"] = mysql
        if pgsql is not UNSET:
            field_dict["PGSQL"] = pgsql

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mysql = d.pop("MYSQL", UNSET)
        mysql: RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL | Unset
        if _mysql.__class__ is not dict:
            _mysql = read_object(_mysql, "MYSQL", False)
        mysql = (
            UNSET if _mysql is UNSET else RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL.from_dict(_mysql)
        )

        _pgsql = d.pop("PGSQL", UNSET)
        pgsql: RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL | Unset
        if _pgsql.__class__ is not dict:
            _pgsql = read_object(_pgsql, "PGSQL", False)
        pgsql = (
            UNSET if _pgsql is UNSET else RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL.from_dict(_pgsql)
        )

        retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs.mysql = mysql
        retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs.pgsql = pgsql

        retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs

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


from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL,  # noqa: E402
)

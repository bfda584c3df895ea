# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.domainuserdata_data_userdata_customlog_item import DomainuserdataDataUserdataCustomlogItem
    from ..models.domainuserdata_data_userdata_scriptalias_item import DomainuserdataDataUserdataScriptaliasItem


T = TypeVar("T", bound="DomainuserdataDataUserdata")
_new_instance = object.__new__


@_attrs_define
class DomainuserdataDataUserdata:
    """
    Attributes:
        customlog (list[DomainuserdataDataUserdataCustomlogItem] | Unset):
        documentroot (str | Unset):
        group (str | Unset):
        hascgi (int | Unset):
        homedir (str | Unset):
        ip (str | Unset):
        owner (str | Unset):
        phpopenbasedirprotect (int | Unset):
        port (int | Unset):
        scriptalias (list[DomainuserdataDataUserdataScriptaliasItem] | Unset):
        serveradmin (str | Unset):
        serveralias (str | Unset):
        servername (str | Unset):
        usecanonicalname (str | Unset):
        user (str | Unset):
        userdirprotect (str | Unset):
    """

    customlog: list[DomainuserdataDataUserdataCustomlogItem] | Unset = UNSET
    documentroot: str | Unset = UNSET
    group: str | Unset = UNSET
    hascgi: int | Unset = UNSET
    homedir: str | Unset = UNSET
    ip: str | Unset = UNSET
    owner: str | Unset = UNSET
    phpopenbasedirprotect: int | Unset = UNSET
    port: int | Unset = UNSET
    scriptalias: list[DomainuserdataDataUserdataScriptaliasItem] | Unset = UNSET
    serveradmin: str | Unset = UNSET
    serveralias: str | Unset = UNSET
    servername: str | Unset = UNSET
    usecanonicalname: str | Unset = UNSET
    user: str | Unset = UNSET
    userdirprotect: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        customlog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customlog, Unset):
            customlog = []
            for customlog_item_data in self.customlog:
                customlog_item = customlog_item_data.to_dict()
                customlog.append(customlog_item)

        documentroot = self.documentroot

        group = self.group

        hascgi = self.hascgi

        homedir = self.homedir

        ip = self.ip

        owner = self.owner

        phpopenbasedirprotect = self.phpopenbasedirprotect

        port = self.port

        scriptalias: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scriptalias, Unset):
            scriptalias = []
            for scriptalias_item_data in self.scriptalias:
                scriptalias_item = scriptalias_item_data.to_dict()
                scriptalias.append(scriptalias_item)

        serveradmin = self.serveradmin

        serveralias = self.serveralias

        servername = self.servername

        usecanonicalname = self.usecanonicalname

        user = self.user

        userdirprotect = self.userdirprotect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customlog is not UNSET:
            field_dict["customlog"] = customlog
        if documentroot is not UNSET:
            field_dict["documentroot"] = documentroot
        if group is not UNSET:
            field_dict["group"] = group
        if hascgi is not UNSET:
            field_dict["hascgi"] = hascgi
        if homedir is not UNSET:
            field_dict["homedir"] = homedir
        if ip is not UNSET:
            field_dict["ip"] = ip
        if owner is not UNSET:
            field_dict["owner"] = owner
        if phpopenbasedirprotect is not UNSET:
            field_dict["phpopenbasedirprotect"] = phpopenbasedirprotect
        if port is not UNSET:
            field_dict["port"] = port
        if scriptalias is not UNSET:
            field_dict["scriptalias"] = scriptalias
        if serveradmin is not UNSET:
            field_dict["serveradmin"] = serveradmin
        if serveralias is not UNSET:
            field_dict["serveralias"] = serveralias
        if servername is not UNSET:
            field_dict["servername"] = servername
        if usecanonicalname is not UNSET:
            field_dict["usecanonicalname"] = usecanonicalname
        if user is not UNSET:
            field_dict["user"] = user
        if userdirprotect is not UNSET:
            field_dict["userdirprotect"] = userdirprotect

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _customlog = d.pop("customlog", UNSET)
        if _customlog.__class__ is not list:
            _customlog = read_list(_customlog, "customlog", False)
        customlog: list[DomainuserdataDataUserdataCustomlogItem] | Unset = UNSET
        if _customlog is not UNSET:
            customlog = []
            for customlog_item_data in _customlog:
                _customlog_item = customlog_item_data
                if _customlog_item.__class__ is not dict:
                    _customlog_item = read_object(_customlog_item, "customlog_item", True)
                customlog_item = DomainuserdataDataUserdataCustomlogItem.from_dict(_customlog_item)

                customlog.append(customlog_item)

        documentroot = d.pop("documentroot", UNSET)
        if documentroot.__class__ is not str:
            documentroot = read_value(documentroot, "documentroot", "string", False)

        group = d.pop("group", UNSET)
        if group.__class__ is not str:
            group = read_value(group, "group", "string", False)

        hascgi = d.pop("hascgi", UNSET)
        if hascgi.__class__ is not int:
            hascgi = read_value(hascgi, "hascgi", "integer", False)

        homedir = d.pop("homedir", UNSET)
        if homedir.__class__ is not str:
            homedir = read_value(homedir, "homedir", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        phpopenbasedirprotect = d.pop("phpopenbasedirprotect", UNSET)
        if phpopenbasedirprotect.__class__ is not int:
            phpopenbasedirprotect = read_value(phpopenbasedirprotect, "phpopenbasedirprotect", "integer", False)

        port = d.pop("port", UNSET)
        if port.__class__ is not int:
            port = read_value(port, "port", "integer", False)

        _scriptalias = d.pop("scriptalias", UNSET)
        if _scriptalias.__class__ is not list:
            _scriptalias = read_list(_scriptalias, "scriptalias", False)
        scriptalias: list[DomainuserdataDataUserdataScriptaliasItem] | Unset = UNSET
        if _scriptalias is not UNSET:
            scriptalias = []
            for scriptalias_item_data in _scriptalias:
                _scriptalias_item = scriptalias_item_data
                if _scriptalias_item.__class__ is not dict:
                    _scriptalias_item = read_object(_scriptalias_item, "scriptalias_item", True)
                scriptalias_item = DomainuserdataDataUserdataScriptaliasItem.from_dict(_scriptalias_item)

                scriptalias.append(scriptalias_item)

        serveradmin = d.pop("serveradmin", UNSET)
        if serveradmin.__class__ is not str:
            serveradmin = read_value(serveradmin, "serveradmin", "string", False)

        serveralias = d.pop("serveralias", UNSET)
        if serveralias.__class__ is not str:
            serveralias = read_value(serveralias, "serveralias", "string", False)

        servername = d.pop("servername", UNSET)
        if servername.__class__ is not str:
            servername = read_value(servername, "servername", "string", False)

        usecanonicalname = d.pop("usecanonicalname", UNSET)
        if usecanonicalname.__class__ is not str:
            usecanonicalname = read_value(usecanonicalname, "usecanonicalname", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        userdirprotect = d.pop("userdirprotect", UNSET)
        if userdirprotect.__class__ is not str:
            userdirprotect = read_value(userdirprotect, "userdirprotect", "string", False)

        domainuserdata_data_userdata = _new_instance(cls)
        domainuserdata_data_userdata.customlog = customlog
        domainuserdata_data_userdata.documentroot = documentroot
        domainuserdata_data_userdata.group = group
        domainuserdata_data_userdata.hascgi = hascgi
        domainuserdata_data_userdata.homedir = homedir
        domainuserdata_data_userdata.ip = ip
        domainuserdata_data_userdata.owner = owner
        domainuserdata_data_userdata.phpopenbasedirprotect = phpopenbasedirprotect
        domainuserdata_data_userdata.port = port
        domainuserdata_data_userdata.scriptalias = scriptalias
        domainuserdata_data_userdata.serveradmin = serveradmin
        domainuserdata_data_userdata.serveralias = serveralias
        domainuserdata_data_userdata.servername = servername
        domainuserdata_data_userdata.usecanonicalname = usecanonicalname
        domainuserdata_data_userdata.user = user
        domainuserdata_data_userdata.userdirprotect = userdirprotect

        domainuserdata_data_userdata.additional_properties = dict(d) if d else {}
        return domainuserdata_data_userdata

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


from ..models.domainuserdata_data_userdata_customlog_item import DomainuserdataDataUserdataCustomlogItem  # noqa: E402
from ..models.domainuserdata_data_userdata_scriptalias_item import DomainuserdataDataUserdataScriptaliasItem  # noqa: E402

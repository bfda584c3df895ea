# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domainuserdata_data_userdata_customlog_item import DomainuserdataDataUserdataCustomlogItem
    from ..models.domainuserdata_data_userdata_scriptalias_item import DomainuserdataDataUserdataScriptaliasItem


T = TypeVar("T", bound="DomainuserdataDataUserdata")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _customlog = d.pop("customlog", UNSET)
        customlog: list[DomainuserdataDataUserdataCustomlogItem] | Unset = UNSET
        if _customlog is not None and not isinstance(_customlog, Unset):  # null reads as UNSET
            if not isinstance(_customlog, list):
                raise TypeError(f"field customlog: expected array, got {type(_customlog).__name__}")
            customlog = []
            for customlog_item_data in _customlog:
                _customlog_item = customlog_item_data
                if not isinstance(_customlog_item, dict):
                    raise TypeError(f"field customlog_item: expected object, got {type(_customlog_item).__name__}")
                customlog_item = DomainuserdataDataUserdataCustomlogItem.from_dict(_customlog_item)

                customlog.append(customlog_item)

        documentroot = d.pop("documentroot", UNSET)
        if documentroot is None:
            documentroot = UNSET
        if not isinstance(documentroot, (str, Unset)):
            raise TypeError(f"field documentroot: expected string, got {type(documentroot).__name__}")

        group = d.pop("group", UNSET)
        if group is None:
            group = UNSET
        if not isinstance(group, (str, Unset)):
            raise TypeError(f"field group: expected string, got {type(group).__name__}")

        hascgi = d.pop("hascgi", UNSET)
        if hascgi is None:
            hascgi = UNSET
        if not isinstance(hascgi, (int, Unset)):
            raise TypeError(f"field hascgi: expected integer, got {type(hascgi).__name__}")

        homedir = d.pop("homedir", UNSET)
        if homedir is None:
            homedir = UNSET
        if not isinstance(homedir, (str, Unset)):
            raise TypeError(f"field homedir: expected string, got {type(homedir).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        phpopenbasedirprotect = d.pop("phpopenbasedirprotect", UNSET)
        if phpopenbasedirprotect is None:
            phpopenbasedirprotect = UNSET
        if not isinstance(phpopenbasedirprotect, (int, Unset)):
            raise TypeError(
                f"field phpopenbasedirprotect: expected integer, got {type(phpopenbasedirprotect).__name__}"
            )

        port = d.pop("port", UNSET)
        if port is None:
            port = UNSET
        if not isinstance(port, (int, Unset)):
            raise TypeError(f"field port: expected integer, got {type(port).__name__}")

        _scriptalias = d.pop("scriptalias", UNSET)
        scriptalias: list[DomainuserdataDataUserdataScriptaliasItem] | Unset = UNSET
        if _scriptalias is not None and not isinstance(_scriptalias, Unset):  # null reads as UNSET
            if not isinstance(_scriptalias, list):
                raise TypeError(f"field scriptalias: expected array, got {type(_scriptalias).__name__}")
            scriptalias = []
            for scriptalias_item_data in _scriptalias:
                _scriptalias_item = scriptalias_item_data
                if not isinstance(_scriptalias_item, dict):
                    raise TypeError(f"field scriptalias_item: expected object, got {type(_scriptalias_item).__name__}")
                scriptalias_item = DomainuserdataDataUserdataScriptaliasItem.from_dict(_scriptalias_item)

                scriptalias.append(scriptalias_item)

        serveradmin = d.pop("serveradmin", UNSET)
        if serveradmin is None:
            serveradmin = UNSET
        if not isinstance(serveradmin, (str, Unset)):
            raise TypeError(f"field serveradmin: expected string, got {type(serveradmin).__name__}")

        serveralias = d.pop("serveralias", UNSET)
        if serveralias is None:
            serveralias = UNSET
        if not isinstance(serveralias, (str, Unset)):
            raise TypeError(f"field serveralias: expected string, got {type(serveralias).__name__}")

        servername = d.pop("servername", UNSET)
        if servername is None:
            servername = UNSET
        if not isinstance(servername, (str, Unset)):
            raise TypeError(f"field servername: expected string, got {type(servername).__name__}")

        usecanonicalname = d.pop("usecanonicalname", UNSET)
        if usecanonicalname is None:
            usecanonicalname = UNSET
        if not isinstance(usecanonicalname, (str, Unset)):
            raise TypeError(f"field usecanonicalname: expected string, got {type(usecanonicalname).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        userdirprotect = d.pop("userdirprotect", UNSET)
        if userdirprotect is None:
            userdirprotect = UNSET
        if not isinstance(userdirprotect, (str, Unset)):
            raise TypeError(f"field userdirprotect: expected string, got {type(userdirprotect).__name__}")

        domainuserdata_data_userdata = cls(
            customlog=customlog,
            documentroot=documentroot,
            group=group,
            hascgi=hascgi,
            homedir=homedir,
            ip=ip,
            owner=owner,
            phpopenbasedirprotect=phpopenbasedirprotect,
            port=port,
            scriptalias=scriptalias,
            serveradmin=serveradmin,
            serveralias=serveralias,
            servername=servername,
            usecanonicalname=usecanonicalname,
            user=user,
            userdirprotect=userdirprotect,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        domainuserdata_data_userdata.additional_properties = additional_properties
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

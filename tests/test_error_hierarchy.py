"""Every exception class in the library: pickles whole, and is documented where users look.

The classes are found by walking ``WhmError``'s subclasses after importing every module
of the package, so a class someone adds later is covered without touching this file.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import whm_api_client
from whm_api_client import errors
from whm_api_client.errors import WhmError

ROOT = Path(__file__).resolve().parent.parent

# A value for each constructor parameter, by name; a new required parameter needs one here.
SAMPLES: dict[str, Any] = {
    "message": "something went wrong “here”",
    "reason": "API failure: (XID 3y67mz) You do not have a user named “web08”.",
    "function": "createacct",
    "command": "createacct",
    "status_code": 503,
    "body_excerpt": "Internal Error (ID 123)",
    "metadata": {"result": 0, "reason": "nope", "output": {"warnings": ["w"]}},
    "data": {"acct": [{"user": "bob"}], "nested": [1, None, 2.5]},
    "errors": ["first", "second"],
    "name": "csf_allow",
    "since_version": "11.76",
    "server_version": "11.70",
    "operation": "transfer session abc",
}


def _import_every_module() -> None:
    for module in pkgutil.walk_packages(whm_api_client.__path__, "whm_api_client."):
        if module.name.startswith("whm_api_client._generated") or module.name.endswith("__main__"):
            continue  # generated code defines no exceptions; __main__ runs a program
        try:
            importlib.import_module(module.name)
        except ImportError as exc:  # an optional extra that isn't installed
            if (exc.name or "").startswith("whm_api_client"):
                raise


def every_error_class() -> list[type[WhmError]]:
    _import_every_module()
    found: list[type[WhmError]] = []
    pending: list[type[WhmError]] = [WhmError]
    while pending:
        cls = pending.pop()
        if cls not in found:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda cls: cls.__name__)


CLASSES = every_error_class()


def instance_of(cls: type[WhmError]) -> WhmError:
    arguments: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in inspect.signature(cls).parameters.values():
        if parameter.name not in SAMPLES:
            if parameter.default is inspect.Parameter.empty:
                pytest.fail(f"{cls.__name__}({parameter.name}=...): add a sample to SAMPLES")
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[parameter.name] = SAMPLES[parameter.name]
        else:
            arguments.append(SAMPLES[parameter.name])
    return cls(*arguments, **keywords)


def test_the_walk_finds_the_whole_tree() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert set(errors.__all__) <= names
    assert len(names) >= 15


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_exception_pickles_with_type_message_and_attributes(cls: type[WhmError]) -> None:
    error = instance_of(cls)
    error.add_note("a note added on the way")
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is cls
        assert str(copy) == str(error)
        assert copy.args == error.args
        assert vars(copy) == vars(error)
        assert copy.function == "createacct"
        assert str(copy).startswith("createacct: ")


def test_attributes_survive_not_only_as_a_whole() -> None:
    from whm_api_client import WhmApiError, WhmAuthError, WhmSchemaError

    api = pickle.loads(pickle.dumps(instance_of(WhmApiError)))
    assert api.reason == SAMPLES["reason"] and api.metadata == SAMPLES["metadata"]
    assert api.data == SAMPLES["data"] and api.status_code == 503
    auth = pickle.loads(pickle.dumps(instance_of(WhmAuthError)))
    assert (auth.status_code, auth.reason, auth.body_excerpt) == (
        503,
        SAMPLES["reason"],
        "Internal Error (ID 123)",
    )
    schema = pickle.loads(pickle.dumps(instance_of(WhmSchemaError)))
    assert schema.metadata == SAMPLES["metadata"] and schema.data == SAMPLES["data"]


def tree_in(text: str) -> list[str]:
    """The class names of the first error tree drawn in ``text``."""
    (tree,) = re.findall(r"^ *WhmError\n(?:^ *[│├└].*\n)+", text, re.MULTILINE)[:1]
    return re.findall(r"(?:^ *|── )(Whm\w+)", tree, re.MULTILINE)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_exception_is_public_and_in_the_trees(cls: type[WhmError]) -> None:
    assert getattr(whm_api_client, cls.__name__) is cls
    assert cls.__name__ in whm_api_client.__all__
    assert errors.__doc__ and cls.__name__ in tree_in(errors.__doc__)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert cls.__name__ in tree_in(readme), f"{cls.__name__} not in the README's tree"
    guide = (ROOT / "docs" / "guide" / "errors.md").read_text(encoding="utf-8")
    assert cls.__name__ in tree_in(guide), f"{cls.__name__} not in docs/guide/errors.md's tree"
    assert f"`{cls.__name__}`" in guide, f"{cls.__name__} not described in docs/guide/errors.md"


def test_the_trees_list_nothing_that_does_not_exist() -> None:
    names = {cls.__name__ for cls in CLASSES}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "guide" / "errors.md").read_text(encoding="utf-8")
    for text in (readme, guide, errors.__doc__ or ""):
        assert set(tree_in(text)) == names


# ---------------------------------------------------------------- docs/guide/errors.md's example


@pytest.mark.anyio
async def test_the_errors_guide_example_runs() -> None:
    import httpx
    from doc_examples import blocks
    from faultserver import FaultServer

    from whm_api_client import ApiTokenAuth, WhmClient

    (block,) = blocks(ROOT / "docs" / "guide" / "errors.md", lang="python")
    namespace: dict[str, Any] = {}
    exec(compile(block.text, block.where, "exec"), namespace)
    suspend = namespace["suspend"]
    auth = ApiTokenAuth("root", "GUIDE-TOKEN-42")
    outcomes = {}
    with FaultServer() as server:
        for scenario in ("ok", "xid", "unknown_app", "slow_headers"):
            timeout = httpx.Timeout(5.0, read=0.3)
            async with WhmClient(server.target(scenario), auth, timeout=timeout) as whm:
                outcomes[scenario] = await suspend(whm, "web08")
    assert outcomes == {
        "ok": "suspended",
        "xid": "WHM said no: API failure: (XID 3y67mz) You do not have a user named “web08”.",
        "unknown_app": "the server doesn't have suspendacct (added in 11)",
        "slow_headers": "unknown outcome: suspendacct: read timeout; the request was sent: "
        "the call may still complete on the server",
    }

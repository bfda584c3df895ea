"""docs/reference/, the function reference generated with the client: every function is
there, with the facts the client itself uses (the same FunctionFacts make the docstrings).
``regenerate.py --check`` (in `dev.sh lint`) proves it is up to date with the spec."""

from __future__ import annotations

import re

import pytest
from repo_files import ROOT

from whm_api_client._generated.api import FUNCTIONS
from whm_api_client.arguments import allowed_values
from whm_api_client.functions import module_of, url_name

REFERENCE = ROOT / "docs" / "reference"
INDEX = (REFERENCE / "README.md").read_text(encoding="utf-8")


def section(function: str) -> str:
    """The function's section of its tag's page."""
    for page in REFERENCE.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        match = re.search(rf"^## {re.escape(function)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
        if match:
            return match.group(1)
    raise AssertionError(f"{function} has no section in docs/reference/")


def test_the_index_lists_every_function_once() -> None:
    rows = re.findall(r"^\| \[`([^`]+)`\]\(([\w-]+\.md)#([\w-]+)\)", INDEX, re.M)
    assert len(rows) == len(FUNCTIONS) == 625
    shown = {name for name, _, _ in rows}
    assert shown == {url_name(name, info.namespace) for name, info in FUNCTIONS.items()}
    for name, page, anchor in rows:
        assert (REFERENCE / page).exists()
        assert anchor == name.rpartition("/")[2].lower()


@pytest.mark.parametrize(
    "function", ["listaccts", "createacct", "is_ready", "personalization_set", "batch"]
)
def test_a_function_section_states_the_spec_facts(function: str) -> None:
    info = FUNCTIONS[function]
    module = module_of(info)
    text = section(function)
    assert ("read-only" in text.split("\n", 2)[1]) is info.read_only
    assert f"since WHM {info.since_version}" in text
    assert module.DOCS_URL in text
    if info.namespace:
        assert f"served at `json-api/{info.namespace}/{function}`" in text
    for whm_name, (python_name, python_type, required) in module.ARGUMENTS.items():
        arguments = text.split("| argument |", 1)[1].split("\n\n", 1)[0]
        (row,) = [line for line in arguments.splitlines() if line.startswith(f"| `{whm_name}` |")]
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[1] == f"`{python_name}`"
        assert cells[3] == ("yes" if required else "no")
        allowed = allowed_values(python_type)  # what check_arguments enforces
        shown = re.findall(r"`\"?([^`\"]*)\"?`", cells[4])
        assert sorted(shown) == sorted(allowed or ())


def test_reply_fields_are_listed() -> None:
    text = section("listaccts")
    assert "Returns `ListacctsData`" in text
    assert "| `acct` | `list[ListacctsDataAcctItem]` |" in text
    assert "| `acct[].user` | `str` |" in text

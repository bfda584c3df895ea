"""The typed facade as a type checker sees it: right calls pass, wrong ones fail."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "typing"


def mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        capture_output=True,
        text=True,
        cwd=HERE.parent.parent,
        timeout=600,
    )


def test_correct_usage_type_checks() -> None:
    result = mypy(HERE / "usage_ok.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_argument_name_and_type_are_rejected() -> None:
    result = mypy(HERE / "usage_bad.py")
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert 'Unexpected keyword argument "usr" for "get_user_email_forward_destination"' in out
    assert 'Argument "start_time" to "get_unique_sender_recipient_count_per_user"' in out
    assert 'Missing named argument "user" for "hold_outgoing_email"' in out
    assert (
        'expression has type "WhmResponse[ListacctsData]", '
        'variable has type "WhmResponse[GethostnameData]"'
    ) in out
    assert 'expression has type "str | Unset", variable has type "str"' in out
    assert 'Unexpected keyword argument "serch" for "listaccts" of "WhmRawFunctions"' in out


def test_public_paths_only_in_what_users_read() -> None:
    """README, docs, examples and the typing example import nothing from _generated."""
    root = HERE.parent.parent
    files = [root / "README.md", HERE / "usage_ok.py", HERE / "usage_bad.py"]
    files += sorted((root / "docs").rglob("*.md")) + sorted((root / "examples").glob("*.py"))
    private = re.compile(r"(from|import)\s+(whm_api_client)?\._generated")
    assert [path.name for path in files if private.search(path.read_text())] == []

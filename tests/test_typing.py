"""The typed facade as a type checker sees it: right calls pass, wrong ones fail."""

from __future__ import annotations

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

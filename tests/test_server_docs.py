"""docs/guide/server.md and the README's "Knowing your server" section run: every Python block in
a fresh process, the shell lines against loopback servers, and the doctor transcript is what
the doctor prints for the same faults."""

from __future__ import annotations

import re
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from doc_examples import blocks
from tlscerts import der_of, self_signed, server_context

from whm_api_client.certs import fingerprint
from whm_api_client.cli import main as cli_main
from whm_api_client.testing import ThreadedSimulatorServer, WhmSimulator, faults

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "guide" / "server.md"
GUIDE = PAGE.read_text()
BLOCKS = [block.text for block in blocks(PAGE, lang="python")] + [
    block.text for block in blocks(ROOT / "README.md", lang="python", section="Knowing your server")
]
SHELL = [block.text for block in blocks(PAGE, lang="bash")]
(TRANSCRIPT,) = re.findall(r"```text\n(whm-api doctor: .*?)```", GUIDE, re.DOTALL)


def commented_output(block: str) -> list[str]:
    """What a block says it prints: the ``# ...`` after each print(...), or the comment
    lines at the end of main()."""
    said = []
    for line in block.splitlines():
        match = re.search(r"print\(.*\)\s+# (.+)$", line)
        if match:
            said.append(match.group(1))
    return said


def test_the_guide_has_its_examples() -> None:
    assert len(BLOCKS) >= 7 and len(SHELL) == 2


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_each_block_runs_and_prints_what_it_says(block: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(block)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in commented_output(block):
        assert expected in out, (expected, out)
    trailing = re.findall(r"^    # (.+)$", block, re.MULTILINE)
    if trailing and "for _ in range(2)" in block:  # the hints example lists its output
        assert out.splitlines() == trailing


@pytest.fixture
def tls_server() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer(tls=True) as server:
        yield server


def test_the_shell_lines_run(
    tls_server: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    doctor, trust = SHELL
    sim = WhmSimulator()
    endpoint = tls_server.listen(sim)
    monkeypatch.setenv("WHM_TARGET", f"{endpoint.url}/json-api")
    monkeypatch.setenv("WHM_API_TOKEN", sim.root_token)
    monkeypatch.setenv("WHM_CA_BUNDLE", str(endpoint.ca_file))
    for line in doctor.splitlines():
        argv = line.split("#")[0].split()[1:]
        assert cli_main(argv) == 0, capsys.readouterr()
    cert = self_signed("127.0.0.1")
    self_signed_endpoint = tls_server.listen(WhmSimulator(), ssl_context=server_context(*cert))
    monkeypatch.chdir(tmp_path)
    where = f"127.0.0.1:{self_signed_endpoint.port}"
    written = tmp_path / f"whm-127.0.0.1-{self_signed_endpoint.port}.pem"
    for line in trust.splitlines():
        line = line.split("#")[0].replace("whm.example.com", where)
        line = line.replace("AB:CD:...", fingerprint(der_of(cert[0])))
        written.unlink(missing_ok=True)
        assert cli_main(line.split()[1:]) == 0, capsys.readouterr()
        assert ssl.PEM_cert_to_DER_cert(written.read_text()) == der_of(cert[0])


def test_the_transcript_is_what_the_doctor_prints(
    tls_server: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    soon = int(time.time()) + 3 * 86400 + 3600
    sim = WhmSimulator(
        {"tokens": [{"user": "root", "name": "ci", "token": "CI", "expires_at": soon}]}
    )
    sim.inject(faults.ClockSkew(-4000))
    endpoint = tls_server.listen(sim)
    monkeypatch.setenv("WHM_TARGET", f"{endpoint.url}/json-api")
    monkeypatch.setenv("WHM_API_TOKEN", sim.root_token)
    monkeypatch.setenv("WHM_CA_BUNDLE", str(endpoint.ca_file))
    assert cli_main(["doctor"]) == 1
    printed = capsys.readouterr().out.strip().splitlines()

    def shape(line: str) -> str:  # ports, dates and day counts differ from run to run
        line = re.sub(r"\d{4}-\d\d-\d\d", "DATE", line)
        return re.sub(r"\d+", "N", line)

    assert [shape(line) for line in printed] == [
        shape(line) for line in TRANSCRIPT.strip().splitlines()
    ]

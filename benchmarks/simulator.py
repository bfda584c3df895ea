#!/usr/bin/env python3
"""How fast and how big the WHM simulator is (whm_api_client.testing).

    .venv/bin/python benchmarks/simulator.py           # the full run (about a minute)
    .venv/bin/python benchmarks/simulator.py --smoke   # tiny counts; CI runs this

Cases, each with its goal from issue 13:

- start: ``whm-api simulate`` from process start to "listening" (goal < 1 s), and
  ``WhmSimulator()`` in a warm process;
- listaccts of 10,000 accounts with a filter, a sort and a chunk, answered by the simulator
  (``handle()``: routing, credentials, meta arguments, JSON; goal < 50 ms), and the same
  call end to end through ``WhmClient.call`` in-process;
- sequential calls per second in-process (goal >= 1,000/s), through ``WhmClient`` and, side
  by side in the same run, through a raw ``httpx.AsyncClient`` on the same transport;
- memory for 10,000 accounts: the RSS a fresh process gains by seeding them (goal < 100 MB).

Medians over rounds; figures depend on the machine (docs/maintainers/benchmarks.md has the last run's).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FULL = {"accounts": 10_000, "rounds": 15, "calls": 2_000, "starts": 5}
SMOKE = {"accounts": 300, "rounds": 2, "calls": 50, "starts": 1}
QUERY = (
    "api.version=1&api.filter.enable=1&api.filter.a.field=user&api.filter.a.type=contains"
    "&api.filter.a.arg0=1&api.sort.enable=1&api.sort.a.field=diskused&api.sort.a.method=numeric"
    "&api.sort.a.reverse=1&api.chunk.enable=1&api.chunk.size=100&api.chunk.start=201"
    "&api.chunk.verbose=1"
)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_start(starts: int) -> dict[str, float]:
    """Seconds from ``whm-api simulate`` starting to its "listening" line; and an in-process
    ``WhmSimulator()`` once the table is loaded."""
    samples = []
    for _ in range(starts):
        began = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "whm_api_client", "simulate"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        samples.append(time.perf_counter() - began)
        process.terminate()
        process.wait(30)
        if not line.startswith("WHM simulator listening"):
            raise SystemExit(f"simulate did not start: {line!r}")
    from whm_api_client.testing import WhmSimulator

    WhmSimulator()  # loads the spec table once
    began = time.perf_counter()
    WhmSimulator()
    return {
        "cli_start_s": statistics.median(samples),
        "construct_ms": (time.perf_counter() - began) * 1000,
    }


def bench_listaccts(accounts: int, rounds: int) -> dict[str, float]:
    import anyio

    from whm_api_client.testing import SimRequest, WhmSimulator

    sim = WhmSimulator({"accounts": accounts})
    headers = {"authorization": f"whm root:{sim.root_token}"}
    request = SimRequest("GET", "/json-api/listaccts", QUERY, headers)
    first = sim.handle(request)
    document = json.loads(first.body)
    assert document["metadata"]["result"] in (1, "1"), document["metadata"]
    returned = len(document["data"]["acct"])
    arguments = dict(
        pair.split("=", 1) for pair in QUERY.split("&") if not pair.startswith("api.version")
    )

    async def measure() -> tuple[list[float], list[float]]:
        handle, client = [], []
        async with sim.client() as whm:
            await whm.call("listaccts", **arguments)  # warm
            for _ in range(rounds):  # the two alternate, so load on the machine hits both
                began = time.perf_counter()
                sim.handle(request)
                handle.append(time.perf_counter() - began)
                began = time.perf_counter()
                await whm.call("listaccts", **arguments)
                client.append(time.perf_counter() - began)
        return handle, client

    handle, client = anyio.run(measure)
    return {
        "accounts": accounts,
        "returned": returned,
        "filtered_from": document["metadata"]["chunk"]["records"],
        "handle_ms": median_ms(handle),
        "client_ms": median_ms(client),
    }


def bench_calls(calls: int, rounds: int) -> dict[str, float]:
    """Sequential ``version`` calls in-process: WhmClient vs raw httpx on the same transport."""
    import anyio
    import httpx

    from whm_api_client.testing import WhmSimulator

    sim = WhmSimulator(max_recorded=100)
    headers = {"Authorization": f"whm root:{sim.root_token}"}

    async def run() -> tuple[list[float], list[float]]:
        client_rates, raw_rates = [], []
        async with (
            sim.client() as whm,
            httpx.AsyncClient(
                transport=sim.transport(),
                base_url="https://whm.simulated.invalid:2087",
                trust_env=False,  # as WhmClient
            ) as raw,
        ):
            await whm.version()
            for round_number in range(max(rounds // 3, 1)):
                sides = [("client", whm), ("raw", raw)]
                if round_number % 2:
                    sides.reverse()
                for side, _ in sides:
                    began = time.perf_counter()
                    for _ in range(calls):
                        if side == "client":
                            await whm.version()
                        else:
                            response = await raw.get(
                                "/json-api/version", params={"api.version": "1"}, headers=headers
                            )
                            json.loads(response.content)
                    rate = calls / (time.perf_counter() - began)
                    (client_rates if side == "client" else raw_rates).append(rate)
        return client_rates, raw_rates

    client_rates, raw_rates = anyio.run(run)
    client, raw = statistics.median(client_rates), statistics.median(raw_rates)
    return {"client_per_s": client, "raw_per_s": raw, "ratio": raw / client}


MEMORY_CHILD = """
import json, sys
from whm_api_client.testing import WhmSimulator

def status(field):  # /proc: ru_maxrss would carry the parent's peak across exec
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith(field))

WhmSimulator()  # the table and the modules: not the accounts' cost
before = status("VmRSS:")
sim = WhmSimulator({"accounts": int(sys.argv[1])})
after = status("VmRSS:")
print(json.dumps({"before_kb": before, "after_kb": after, "peak_kb": status("VmHWM:"), "accounts": len(sim.accounts)}))
"""


def bench_memory(accounts: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(accounts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = json.loads(done.stdout)
    return {
        "accounts": figures["accounts"],
        "grown_mb": (figures["after_kb"] - figures["before_kb"]) / 1024,
        "peak_mb": figures["peak_kb"] / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts: checks it runs")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    options = parser.parse_args()
    counts = SMOKE if options.smoke else FULL
    load = os.getloadavg()[0]
    start = bench_start(counts["starts"])
    listing = bench_listaccts(counts["accounts"], counts["rounds"])
    calls = bench_calls(counts["calls"], counts["rounds"])
    memory = bench_memory(counts["accounts"])
    rows = [
        (
            "simulate: start to listening",
            f"{start['cli_start_s']:.2f} s",
            "< 1 s",
            start["cli_start_s"] < 1,
        ),
        ("WhmSimulator() in a warm process", f"{start['construct_ms']:.1f} ms", "", None),
        (
            f"listaccts {listing['accounts']:,} filter+sort+chunk, simulator",
            f"{listing['handle_ms']:.1f} ms",
            "< 50 ms",
            listing["handle_ms"] < 50,
        ),
        ("  same, through WhmClient.call in-process", f"{listing['client_ms']:.1f} ms", "", None),
        (
            "sequential calls in-process, WhmClient",
            f"{calls['client_per_s']:,.0f}/s",
            ">= 1,000/s",
            calls["client_per_s"] >= 1000,
        ),
        (
            "  raw httpx on the same transport",
            f"{calls['raw_per_s']:,.0f}/s ({calls['ratio']:.2f}x the client)",
            "",
            None,
        ),
        (
            f"memory for {memory['accounts']:,} accounts (RSS growth)",
            f"{memory['grown_mb']:.1f} MB (peak RSS {memory['peak_mb']:.0f} MB)",
            "< 100 MB",
            memory["grown_mb"] < 100,
        ),
    ]
    print(f"load average before: {load:.2f}; {'smoke run' if options.smoke else 'full run'}")
    print("| case | figure | goal | met |\n|---|---|---|---|")
    missed = []
    for case, figure, goal, met in rows:
        mark = "" if met is None else ("yes" if met else "NO")
        if met is False:
            missed.append(case)
        print(f"| {case} | {figure} | {goal} | {mark} |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print("all goals met" if not missed else f"goals missed: {', '.join(missed)}")
    if options.json:
        Path(options.json).write_text(
            json.dumps(
                {"start": start, "listaccts": listing, "calls": calls, "memory": memory}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

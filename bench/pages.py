"""The page benchmark: serve the site with gunicorn and load each page with wrk, in
rounds so that every page sees the same machine; print requests per second, p50 and
p99 beside the hello-world ceiling.

    .venv/bin/python bench/pages.py [--seconds 5] [--rounds 3] [--connections 4]

SQLite in /tmp by default; PostgreSQL with DATABASE_URL. Run by hand (README).
"""

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import serve  # noqa: E402


def wrk(url, seconds, connections, cookie=None):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["-s", str(serve.ROOT / "bench" / "wrk_report.lua")]
    command += ["-H", "Accept-Encoding: gzip"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command + [url], check=True, text=True, capture_output=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    return json.loads(line[len("WRK_JSON ") :])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()

    env = serve.environment()
    (setup_output,) = serve.prepare(env, "setup_pages.py")
    targets = json.loads(setup_output)
    with serve.gunicorn(env, options.port, options.workers) as base:
        pages = [(name, path, None) for name, path in targets["visitor"].items()]
        pages += [(name, path, targets["cookie"]) for name, path in targets["learner"].items()]
        for _name, path, cookie in pages:  # warm every worker's caches
            wrk(base + path, 1, options.workers * 2, cookie)
        results = {name: [] for name, _path, _cookie in pages}
        for round_number in range(options.rounds):
            print(f"round {round_number + 1}/{options.rounds}", file=sys.stderr)
            for name, path, cookie in pages:
                results[name].append(
                    wrk(base + path, options.seconds, options.connections, cookie)
                )
    report(results, options)


def report(results, options):
    ceiling = statistics.median(r["rps"] for r in results["hello (ceiling)"])
    print(
        f"\n{options.rounds} rounds x {options.seconds} s, {options.connections} connections, "
        f"gunicorn {options.workers} sync workers, gzip accepted\n"
    )
    print("| page | req/s | of ceiling | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        p50 = statistics.median(r["p50_ms"] for r in runs)
        p99 = statistics.median(r["p99_ms"] for r in runs)
        errors = sum(r["errors"] + r["non2xx"] for r in runs)
        share = 100 * rps / ceiling
        print(f"| {name} | {rps:.0f} | {share:.0f} % | {p50:.1f} | {p99:.1f} | {errors} |")


if __name__ == "__main__":
    main()

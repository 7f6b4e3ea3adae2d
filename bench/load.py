"""The load test: 50 simulated people (visitors and learners, bench/locustfile.py)
for 60 s against gunicorn; then the errors, p50/p99 per request, "database is locked"
in the server's log, and a check that every write the server confirmed is in the
database.

    .venv/bin/python bench/load.py [--users 50] [--seconds 60]
    DATABASE_URL=postgres://… .venv/bin/python bench/load.py \\
        --restart-at 20 --restart "pg_ctl -D /path/to/data -m fast -w restart"

With ``--restart`` the command (which must restart the database and return once it
accepts connections again) runs ``--restart-at`` seconds into the run, and the
report gives how long the site took to answer again after the database was back,
and the failures inside and outside that window. Run by hand (bench/README.md).
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import serve  # noqa: E402


def restart_during_run(base, command, delay, result):
    """Restart the database ``delay`` seconds in; then poll an uncached page that
    needs the database until it answers 200."""
    time.sleep(delay)
    result["restart_started"] = time.time()
    subprocess.run(command, shell=True, check=True)  # noqa: S602 (the operator's command)
    result["database_back"] = time.time()
    while serve.status(base + "/en/courses/?bench=after-restart", timeout=2) != 200:
        time.sleep(0.05)
    result["site_back"] = time.time()


def read_stats(prefix):
    with open(f"{prefix}_stats.csv") as file:
        return list(csv.DictReader(file))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--restart", help="shell command that restarts the database")
    parser.add_argument("--restart-at", type=float, default=20)
    options = parser.parse_args()

    env = serve.environment()
    (setup_output,) = serve.prepare(env, "setup_load.py")
    work = Path(tempfile.mkdtemp(prefix="symbios-load-"))
    record_file, server_log = work / "record.json", work / "gunicorn.log"
    locust_env = {**env, "BENCH_TARGETS": setup_output, "BENCH_RECORD": str(record_file)}
    fault = {}
    with (
        open(server_log, "w") as log,
        serve.gunicorn(env, options.port, options.workers, log) as base,
    ):
        if options.restart:
            threading.Thread(
                target=restart_during_run,
                args=(base, options.restart, options.restart_at, fault),
                daemon=True,
            ).start()
        subprocess.run(
            [
                str(serve.ROOT / ".venv/bin/locust"),
                "-f=bench/locustfile.py",
                "--headless",
                f"--host={base}",
                f"--users={options.users}",
                f"--spawn-rate={options.users}",
                f"--run-time={options.seconds}s",
                "--only-summary",
                f"--csv={work / 'locust'}",
                "--loglevel=WARNING",
            ],
            cwd=serve.ROOT,
            env=locust_env,
            check=False,  # locust exits 1 when any request failed; the report says which
            stdout=subprocess.DEVNULL,
        )
    report(options, work, record_file, server_log, fault, env)


def report(options, work, record_file, server_log, fault, env):
    record = json.loads(record_file.read_text())
    print(
        f"\n{options.users} users, {options.seconds} s, gunicorn {options.workers} sync "
        f"workers, {env['DATABASE_URL'].split(':')[0]}\n"
    )
    print("| request | requests | failures | p50 ms | p99 ms | req/s |")
    print("|---|---|---|---|---|---|")
    for row in read_stats(work / "locust"):
        print(
            f"| {row['Name'] or row['Type']} | {row['Request Count']} | {row['Failure Count']} "
            f"| {row['50%']} | {row['99%']} | {float(row['Requests/s']):.1f} |"
        )
    locked = server_log.read_text().count("database is locked")
    print(f"\n'database is locked' in the server log: {locked}")
    window = (fault.get("restart_started", 0), fault.get("site_back", 0) + 1)
    inside = [f for f in record["failures"] if window[0] <= f["at"] <= window[1]]
    outside = [f for f in record["failures"] if f not in inside]
    if fault:
        if "site_back" in fault:
            downtime = fault["database_back"] - fault["restart_started"]
            recovery = fault["site_back"] - fault["database_back"]
            print(
                f"database restart: took {downtime:.1f} s; the site answered "
                f"{recovery:.2f} s after the database was back; failures during it: "
                f"{len(inside)} (503 'Back in a moment')"
            )
        else:
            print("database restart: the site did not answer again before the run ended")
    print(f"failures outside a database restart: {len(outside)}")
    for failure in outside[:10]:
        print(f"  {failure['name']}: {failure['status']} {failure['error'][:120]}")
    writes = json.loads(
        serve.run(serve.PYTHON, "bench/check_writes.py", str(record_file), env=env)
    )
    for kind, (count, missing) in writes.items():
        print(f"confirmed {kind}: {count}, missing from the database: {missing}")
    print(f"\n(locust's files and the server log are in {work})")
    if outside or locked or any(missing for _count, missing in writes.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()

"""Run the benchmarks, print a table, and write benchmarks/results.json.

    .venv/bin/python benchmarks/run.py                 # everything, full sizes
    .venv/bin/python benchmarks/run.py --quick         # smaller sizes, a few minutes
    .venv/bin/python benchmarks/run.py --only crawl,package --crawl-pages 500

Benchmarks (see benchmarks/README.md for what each one times):

- crawl: refreshes of a synthetic site and of ../shared/dintero-docs served over HTTP
  on 127.0.0.1 with a fixed latency per request: cold, warm (conditional requests),
  offline (the same refresh from the directory), a bare httpx loop over the same paths,
  and a sequential crawl of a subset;
- build: parse + build + render of synthetic sites of each size, in a fresh process each;
- mkdocs: `mkdocs build` of the rendered site of the largest size, and of the real one;
- package: import time of the generated package and the speed of `scopes_for`.

Every timed run is a fresh process, started by this script.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402

PYTHON = sys.executable
REAL_DOCS = ROOT.parent / "shared" / "dintero-docs"
RESULTS = ROOT / "benchmarks" / "results.json"
PACKAGE_SRC = ROOT / "generated" / "python" / "src"

# The targets.
CRAWL_RATIO_MAX = 1.15
SEQUENTIAL_SPEEDUP_MIN = 6.0
WARM_BYTES_SHARE_MAX = 0.05
BUILD_SECONDS_MAX = {2_000: 2.0, 20_000: 20.0}
PEAK_MB_MAX = 300.0
IMPORT_MS_MAX = 30.0
SCOPES_FOR_US_MAX = 5.0


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def run_json(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python -m <args>` from the project root; its last stdout line is JSON."""
    done = subprocess.run(
        [PYTHON, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@contextmanager
def latency_server(root: Path, latency: float) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """benchmarks/server.py serving `root`, in its own process; yields its origin."""
    server = subprocess.Popen(
        [PYTHON, "-m", "benchmarks.server", str(root), str(latency)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        origin = server.stdout.readline().strip()
        if not origin:
            raise RuntimeError("the benchmark server did not start")
        yield origin, server
    finally:
        server.stdin.close()
        server.wait(timeout=30)


def server_stats(server: subprocess.Popen[str]) -> dict[str, Any]:
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("stats\n")
    server.stdin.flush()
    stats: dict[str, Any] = json.loads(server.stdout.readline())
    return stats


def refresh(mirror: str | Path, out: Path, concurrency: int) -> dict[str, Any]:
    return run_json("benchmarks.refresh_once", str(mirror), str(out), str(concurrency))


def bare_loop(origin: str, paths: list[str], concurrency: int) -> dict[str, Any]:
    """benchmarks/bare_loop.py over `paths`, in a fresh process."""
    done = subprocess.run(
        [PYTHON, "-m", "benchmarks.bare_loop", origin, str(concurrency)],
        cwd=ROOT,
        input=json.dumps(paths),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def crawl_site(
    name: str, mirror: Path, work: Path, latency: float, concurrency: int, runs: int
) -> dict[str, Any]:
    """Offline, cold and bare-loop runs of one mirror directory, best of `runs`, then warm.

    Best, not median: on a shared machine other processes only ever make a run slower.
    """
    documents = sum(1 for p in (mirror / synthetic.HOST).rglob("*") if p.is_file())
    offline, cold, wire, bare = [], [], [], []
    with latency_server(mirror, latency) as (origin, server):
        http = f"{origin}{synthetic.HOST}/"
        for run in range(runs):
            offline.append(refresh(mirror, work / f"{name}-offline-{run}", concurrency))
            out = work / f"{name}-http-{run}"
            cold.append(refresh(http, out, concurrency))
            cold_stats = server_stats(server)
            wire.append(cold_stats["span_s"])
            bare_loop(origin, cold_stats["paths"], concurrency)
            bare.append(server_stats(server)["span_s"])
        warm = refresh(http, out, concurrency)
        warm_stats = server_stats(server)
    requests = cold_stats["requests"]
    cold_s = min(r["seconds"] for r in cold)
    offline_s = min(r["seconds"] for r in offline)
    crawl = cold_s - offline_s
    wire_s = min(wire)
    bare_s = min(bare)
    # What no client can beat: llms.txt alone first (the crawl needs its links), then
    # the rest `concurrency` at a time; and the same in whole rounds.
    ideal = latency + (requests - 1) * latency / concurrency
    rounds = 1 + math.ceil((requests - 1) / concurrency)
    return {
        "site": name,
        "documents": documents,
        "requests": requests,
        "concurrency": concurrency,
        "latency_s": latency,
        "runs": runs,
        "cold_s": cold_s,
        "offline_s": offline_s,
        "crawl_s": crawl,
        "ideal_s": ideal,
        "ratio_to_ideal": crawl / ideal,
        "ideal_in_rounds_s": rounds * latency,
        "ratio_to_ideal_in_rounds": crawl / (rounds * latency),
        "requests_per_s": requests / crawl,
        "wire_s": wire_s,
        "wire_ratio_to_ideal": wire_s / ideal,
        "bare_wire_s": bare_s,
        "bare_ratio_to_ideal": bare_s / ideal,
        "runs_s": {
            "cold": [r["seconds"] for r in cold],
            "offline": [r["seconds"] for r in offline],
            "wire": wire,
            "bare_wire": bare,
        },
        "cold_bytes": cold[-1]["bytes_received"],
        "cold_statuses": cold_stats["statuses"],
        "warm_s": warm["seconds"],
        "warm_bytes": warm["bytes_received"],
        "warm_not_modified": warm["not_modified"],
        "warm_statuses": warm_stats["statuses"],
        "warm_written": warm["written"],
        "warm_bytes_share": warm["bytes_received"] / max(cold[-1]["bytes_received"], 1),
        "scopes": cold[-1]["scopes"],
        "endpoints": cold[-1]["endpoints"],
    }


def sequential(mirror: Path, work: Path, latency: float, concurrency: int) -> dict[str, Any]:
    """The same subset crawled one request at a time and `concurrency` at a time."""
    offline = refresh(mirror, work / "subset-offline", 1)
    times = {}
    with latency_server(mirror, latency) as (origin, server):
        for n in (1, concurrency):
            cold = refresh(f"{origin}{synthetic.HOST}/", work / f"subset-{n}", n)
            times[n] = cold["seconds"] - offline["seconds"]
            requests = server_stats(server)["requests"]
    return {
        "requests": requests,
        "sequential_crawl_s": times[1],
        "sequential_ideal_s": requests * latency,
        "concurrent_crawl_s": times[concurrency],
        "speedup": times[1] / times[concurrency],
    }


def bench_crawl(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    mirror = work / "crawl-mirror"
    synthetic.write(mirror, synthetic.site(args.crawl_pages))
    runs = args.crawl_runs
    sites = [crawl_site("synthetic", mirror, work, args.latency, args.concurrency, runs)]
    if (REAL_DOCS / synthetic.HOST).is_dir():
        sites.append(crawl_site("real", REAL_DOCS, work, args.latency, args.concurrency, runs))
        note = None
    else:
        note = f"{REAL_DOCS} is absent: the real site was skipped"
    subset = work / "subset-mirror"
    synthetic.write(subset, synthetic.site(args.sequential_pages))
    seq = sequential(subset, work, args.latency, args.concurrency)
    seq["documents"] = args.sequential_pages
    # The whole synthetic site crawled one at a time, from the subset's measured rate.
    first = sites[0]
    seq["sequential_full_estimate_s"] = (
        seq["sequential_crawl_s"] / seq["requests"] * first["requests"]
    )
    seq["full_speedup_estimate"] = seq["sequential_full_estimate_s"] / first["crawl_s"]
    return {"sites": sites, "sequential": seq, "note": note}


def bench_build(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    runs = []
    largest = max(args.sizes)
    for size in args.sizes:
        keep = [str(work / f"build-{size}")] if size == largest else []
        print(f"  build: {size} documents", file=sys.stderr, flush=True)
        runs.append(run_json("benchmarks.build_once", str(size), *keep))
    base = runs[0]
    for run in runs:
        # How far from linear: time per document relative to the smallest size.
        run["us_per_document"] = run["total_s"] / run["documents"] * 1e6
        run["scaling_vs_smallest"] = run["us_per_document"] / base["us_per_document"]
    return {"runs": runs, "rendered": str(work / f"build-{largest}")}


def mkdocs_build(config: Path, work: Path, name: str) -> dict[str, Any]:
    target = work / f"mkdocs-{name}"
    mkdocs = Path(PYTHON).parent / "mkdocs"
    start = time.perf_counter()
    done = subprocess.run(
        [str(mkdocs), "build", "-q", "-f", str(config), "-d", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    pages = sum(1 for p in (config.parent / "docs").rglob("*.md"))
    return {
        "site": name,
        "pages": pages,
        "seconds": seconds,
        "ok": done.returncode == 0,
        "error": done.stderr[-2000:] if done.returncode else None,
    }


def bench_mkdocs(args: argparse.Namespace, work: Path, built: Path | None) -> list[dict[str, Any]]:
    runs = []
    if built is None:
        built = work / f"build-{max(args.sizes)}"
        run_json("benchmarks.build_once", str(max(args.sizes)), str(built))
    print("  mkdocs: synthetic", file=sys.stderr, flush=True)
    runs.append(mkdocs_build(built / "site" / "mkdocs.yml", work, f"synthetic-{max(args.sizes)}"))
    real = work / "real-offline" / "site" / "mkdocs.yml"
    if not real.is_file():
        real = ROOT / "site" / "mkdocs.yml"
    print("  mkdocs: real", file=sys.stderr, flush=True)
    runs.append(mkdocs_build(real, work, "real"))
    return runs


IMPORT_PROBE = "import dintero_scopes"
SCOPES_FOR_PROBE = """
import json, re, statistics, timeit
from dintero_scopes import ENDPOINTS, scopes_for
# The endpoint with scopes and the most path segments: the deepest walk of the trie.
endpoint = max((e for e, s in ENDPOINTS.items() if s), key=lambda e: (e.path.count("/"), e.path))
url = endpoint.server + re.sub(r"\\{[^/]*\\}", "T12345678", endpoint.path)
scopes_for(endpoint.method, url)
number, repeat = 10_000, 10
times = timeit.repeat(lambda: scopes_for(endpoint.method, url), number=number, repeat=repeat)
per_call = [t / number * 1e6 for t in times]
print(json.dumps({"method": endpoint.method, "url": url, "calls": number * repeat,
                  "median_us": statistics.median(per_call), "min_us": min(per_call)}))
"""


def import_ms(src: Path, runs: int) -> dict[str, Any]:
    """`python -X importtime -c 'import dintero_scopes'`: the package's cumulative time."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    # One run first to write the bytecode, as installing the package does.
    subprocess.run([PYTHON, "-c", IMPORT_PROBE], env=env, check=True)
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", IMPORT_PROBE],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        for line in done.stderr.splitlines():
            fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
            if len(fields) == 3 and fields[2] == "dintero_scopes":
                samples.append(int(fields[1]) / 1000)
    return {"median_ms": statistics.median(samples), "runs": len(samples), "samples": samples}


def scopes_for_speed(src: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [PYTHON, "-c", SCOPES_FOR_PROBE], capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def bench_package(args: argparse.Namespace, built: Path | None) -> list[dict[str, Any]]:
    packages = [("real", PACKAGE_SRC)]
    if built is not None and (built / "generated/python/src/dintero_scopes").is_dir():
        packages.append((f"synthetic-{max(args.sizes)}", built / "generated/python/src"))
    results = []
    for name, src in packages:
        size = sum(p.stat().st_size for p in (src / "dintero_scopes").glob("*.py"))
        results.append(
            {
                "package": name,
                "source_bytes": size,
                "import": import_ms(src, args.import_runs),
                "scopes_for": scopes_for_speed(src),
            }
        )
    return results


def verdicts(results: dict[str, Any]) -> dict[str, bool]:
    """Each target of the issue that this run measured, met or not."""
    met: dict[str, bool] = {}
    crawl = results.get("crawl")
    if crawl:
        synthetic_site = crawl["sites"][0]
        met[f"crawl <= {CRAWL_RATIO_MAX}x ideal"] = (
            synthetic_site["ratio_to_ideal"] <= CRAWL_RATIO_MAX
        )
        met["crawl >= 6x sequential"] = (
            crawl["sequential"]["full_speedup_estimate"] >= SEQUENTIAL_SPEEDUP_MIN
        )
        met["warm bytes <= 5% of cold"] = all(
            s["warm_bytes_share"] <= WARM_BYTES_SHARE_MAX for s in crawl["sites"]
        )
    for run in (results.get("build") or {}).get("runs", []):
        limit = BUILD_SECONDS_MAX.get(run["documents"])
        if limit is not None:
            met[f"build {run['documents']} < {limit:g} s"] = run["total_s"] < limit
        if run["documents"] == max(BUILD_SECONDS_MAX):
            met[f"peak memory {run['documents']} < 300 MB"] = run["peak_rss_mb"] < PEAK_MB_MAX
    for package in results.get("package") or []:
        if package["package"] == "real":
            met["import <= 30 ms"] = package["import"]["median_ms"] <= IMPORT_MS_MAX
            met["scopes_for <= 5 us"] = package["scopes_for"]["median_us"] <= SCOPES_FOR_US_MAX
    return met


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str]] = []
    info = results["machine"]
    rows.append(("machine", f"{info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB"))
    rows.append(("", f"Python {info['python']}, {info['os']}"))
    crawl = results.get("crawl")
    if crawl:
        for s in crawl["sites"]:
            label = f"crawl {s['site']} ({s['requests']} requests, {s['latency_s'] * 1000:g} ms)"
            rows.append(
                (
                    label,
                    f"cold {s['cold_s']:.2f} s - offline {s['offline_s']:.2f} s = crawl "
                    f"{s['crawl_s']:.2f} s; ideal {s['ideal_s']:.2f} s at "
                    f"{s['concurrency']}: x{s['ratio_to_ideal']:.2f} (x"
                    f"{s['ratio_to_ideal_in_rounds']:.2f} of {s['ideal_in_rounds_s']:.2f} s "
                    f"in rounds); {s['requests_per_s']:.0f} req/s; best of {s['runs']}",
                )
            )
            rows.append(
                (
                    "  on the wire",
                    f"crawl {s['wire_s']:.2f} s: x{s['wire_ratio_to_ideal']:.2f}; bare httpx "
                    f"loop {s['bare_wire_s']:.2f} s: x{s['bare_ratio_to_ideal']:.2f}",
                )
            )
            rows.append(
                (
                    "  warm refresh",
                    f"{s['warm_s']:.2f} s; {s['warm_bytes']:,} bytes received vs "
                    f"{s['cold_bytes']:,} cold ({s['warm_bytes_share']:.1%}); "
                    f"{s['warm_not_modified']} answered 304; written: {s['warm_written']}",
                )
            )
        q = crawl["sequential"]
        rows.append(
            (
                f"crawl sequential ({q['requests']} requests)",
                f"1 at a time {q['sequential_crawl_s']:.2f} s (ideal "
                f"{q['sequential_ideal_s']:.2f}), 8 at a time {q['concurrent_crawl_s']:.2f} s: "
                f"{q['speedup']:.1f}x; full site one at a time ~"
                f"{q['sequential_full_estimate_s']:.0f} s: {q['full_speedup_estimate']:.1f}x",
            )
        )
        if crawl["note"]:
            rows.append(("  note", crawl["note"]))
    build = results.get("build")
    if build:
        for r in build["runs"]:
            rows.append(
                (
                    f"build {r['documents']:,} documents",
                    f"{r['total_s']:.2f} s (parse {r['parse_s']:.2f}, build {r['build_s']:.2f}, "
                    f"render {r['render_s']:.2f}); {r['us_per_document']:.0f} us/document "
                    f"(x{r['scaling_vs_smallest']:.2f}); peak {r['peak_rss_mb']:.0f} MB "
                    f"(input loaded: {r['rss_before_mb']:.0f} MB); {r['scopes']} scopes, "
                    f"{r['endpoints']} endpoints, {r['files']} files",
                )
            )
    for m in results.get("mkdocs") or []:
        outcome = "" if m["ok"] else " (FAILED, see results.json)"
        rows.append(
            (f"mkdocs build {m['site']}", f"{m['seconds']:.1f} s, {m['pages']} pages{outcome}")
        )
    for p in results.get("package") or []:
        rows.append(
            (
                f"package {p['package']} ({p['source_bytes'] // 1000} kB)",
                f"import {p['import']['median_ms']:.1f} ms (median of {p['import']['runs']}); "
                f"scopes_for {p['scopes_for']['median_us']:.2f} us (median, "
                f"{p['scopes_for']['calls']:,} calls)",
            )
        )
    for target, ok in results["targets"].items():
        rows.append((f"target: {target}", "met" if ok else "MISSED"))
    rows.append(("run took", f"{results['run_seconds']:.0f} s"))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--only", default="crawl,build,mkdocs,package", help="which benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    parser.add_argument("--crawl-pages", type=int, default=2000, help="synthetic crawl size")
    parser.add_argument("--crawl-runs", type=int, default=3, help="runs per crawl figure")
    parser.add_argument("--sequential-pages", type=int, default=200, help="sequential subset")
    parser.add_argument("--sizes", default="2000,20000", help="build sizes, comma-separated")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per request")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--import-runs", type=int, default=9)
    parser.add_argument("--output", type=Path, default=RESULTS, help="the JSON results file")
    parser.add_argument("--keep", type=Path, help="keep the work directory here")
    args = parser.parse_args(argv)
    if args.quick:
        args.crawl_pages = min(args.crawl_pages, 400)
        args.crawl_runs = 1
        args.sequential_pages = min(args.sequential_pages, 80)
        args.sizes = "500,2000"
        args.import_runs = 5
    args.sizes = sorted(int(s) for s in args.sizes.split(","))
    args.only = set(args.only.split(","))
    unknown = args.only - {"crawl", "build", "mkdocs", "package"}
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # Every process measured runs as people run it: Python caches the bytecode it
    # compiles (some sandboxes set PYTHONDONTWRITEBYTECODE, which makes each import
    # compile its sources again).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    results: dict[str, Any] = {"machine": machine(), "options": {}}
    results["options"] = {
        k: sorted(v) if isinstance(v, set) else str(v) if isinstance(v, Path) else v
        for k, v in vars(args).items()
    }
    work = Path(tempfile.mkdtemp(prefix="dintero-bench-"))
    try:
        built = None
        if "crawl" in args.only:
            print("crawl", file=sys.stderr, flush=True)
            results["crawl"] = bench_crawl(args, work)
        if "build" in args.only:
            print("build", file=sys.stderr, flush=True)
            results["build"] = bench_build(args, work)
            built = Path(results["build"].pop("rendered"))
        if "mkdocs" in args.only:
            print("mkdocs", file=sys.stderr, flush=True)
            results["mkdocs"] = bench_mkdocs(args, work, built)
            built = work / f"build-{max(args.sizes)}"
        if "package" in args.only:
            print("package", file=sys.stderr, flush=True)
            results["package"] = bench_package(args, built)
    finally:
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    results["targets"] = verdicts(results)
    results["run_seconds"] = time.perf_counter() - start
    print(table(results))
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written: {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Load benchmark: the portal on gunicorn, PostgreSQL and Redis, against a bare Django view.

    make benchmark        (or: .venv/bin/python benchmarks/load.py [--seconds 2])

DATABASE_URL and REDIS_URL come from the environment; by default a database of its own,
`vo_bench` on the local PostgreSQL (dropped and created again), and Redis database 9.
It migrates, loads the demo (64 sessions, 49 articles), starts gunicorn (3 sync workers,
DEBUG=0, BENCHMARK=1 for the bare view at /bench/bare/) and measures the searches and
"trainings near a postcode" at the demo's size; then scales the demo to 5,000 upcoming
sessions and 5,000 articles (benchmarks/scale_demo.py) and measures every page.

Each measurement: C clients (10, then 50), each sending one request after the other for
a few seconds (a new connection per request, as gunicorn's sync workers close them);
requests per second, median and 95th-percentile latency. The pages and the bare view
take turns (interleaved), three rounds; the median of the rounds is printed, with each
page's throughput as a share of the bare view's, and the targets of issue 10.

Searches are measured twice: "search nl/fr" asks the same words again and again, as the
many parents who search for "Fortnite" do (its ranked ids come from the shared cache,
veiligonline.views.ranked_ids); "each query new" adds a word nobody typed before
("Fortnite or 17"), so that every request is ranked in PostgreSQL.

The client is Python's asyncio on the same machine: it takes some of the CPU the server
would have, for the bare view and the pages alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/vo_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
PORT = 8765
CONCURRENCY = (10, 50)
ROUNDS = 3


# --- The client -------------------------------------------------------------------------


async def _one(host: str, port: int, request: bytes) -> tuple[int, float]:
    began = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    while await reader.read(65536):
        pass
    writer.close()
    status = int(status_line.split()[1]) if status_line else 0
    return status, time.perf_counter() - began


async def _run(path: str, clients: int, seconds: float) -> dict:
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\nConnection: close\r\n"
        "Accept: text/html\r\n\r\n"
    ).encode()
    latencies: list[float] = []
    errors = 0
    counter = iter(range(10**9))
    stop_at = time.perf_counter() + seconds

    async def client():
        nonlocal errors
        while time.perf_counter() < stop_at:
            # A path with {n} gets a new number each time (a query nobody asked before).
            actual = request.replace(b"{n}", str(next(counter)).encode())
            try:
                status, took = await _one("127.0.0.1", PORT, actual)
            except OSError:
                errors += 1
                continue
            if status != 200:
                errors += 1
            latencies.append(took)

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else float("nan"),
        "errors": errors,
    }


def measure(pages: dict[str, str], seconds: float) -> dict[tuple[str, int], dict]:
    """Every page (the bare view among them) at each concurrency, interleaved, 3 rounds."""
    rounds: dict[tuple[str, int], list[dict]] = {}
    for round_ in range(ROUNDS):
        for clients in CONCURRENCY:
            for name, path in pages.items():
                asyncio.run(_run(path, 2, 0.3))  # warm: connections, kept pages
                result = asyncio.run(_run(path, clients, seconds))
                rounds.setdefault((name, clients), []).append(result)
                print(
                    f"  round {round_ + 1} c={clients:<3} {name:<34} {result['rps']:7.0f}/s "
                    f"p50 {result['p50']:6.1f} ms  p95 {result['p95']:6.1f} ms"
                    + (f"  {result['errors']} errors" if result["errors"] else ""),
                    flush=True,
                )
    return {
        key: {
            field: statistics.median(r[field] for r in results)
            for field in ("rps", "p50", "p95", "errors")
        }
        for key, results in rounds.items()
    }


# --- The stack --------------------------------------------------------------------------


def _environment(database_url: str, redis_url: str, static_root: str) -> dict[str, str]:
    return os.environ | {
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-" + secrets.token_urlsafe(32),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback, no proxy in front
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "STATIC_ROOT": static_root,
        "BENCHMARK": "1",
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "PYTHONPATH": str(ROOT),
    }


def _recreate_database(database_url: str) -> None:
    import psycopg2

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def _manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _python(env: dict, code: str) -> str:
    done = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


_SETUP = "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='veiligonline.settings'; django.setup()\n"

_PATHS = (
    _SETUP
    + """
import json
from django.urls import reverse
from django.utils import timezone, translation
from modules.models import Module
from trainings.models import TrainingSession
from veiligonline.models import Article
article = Article.objects.published().order_by("-published_at").first()
session = TrainingSession.objects.filter(is_open=True, starts_at__gt=timezone.now()).order_by("starts_at").first()
module = Module.objects.published().order_by("number").first()
step = module.steps.filter(is_active=True).order_by("order").first()
paths = {}
with translation.override("nl"):
    paths["home"] = reverse("veiligonline:home")
    paths["article list"] = reverse("veiligonline:articles")
    paths["article page"] = article.get_absolute_url()
    paths["search nl"] = reverse("veiligonline:search") + "?q=Fortnite"
    paths["trainings near 9000"] = reverse("trainings:sessions") + "?place=9000"
    paths["session page"] = reverse("trainings:session", kwargs={"pk": session.pk})
    paths["module step"] = reverse("modules:step", kwargs={"slug": module.slug, "key": step.key})
with translation.override("fr"):
    paths["search fr"] = reverse("veiligonline:search") + "?q=harc%C3%A8lement"
print(json.dumps(paths))
"""
)


class Gunicorn:
    def __init__(self, env: dict):
        self.env = env
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "veiligonline.wsgi",
                "--workers",
                "3",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/bare/", timeout=2):
                    return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within 30 s")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: workers finish, then exit
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --- The report -------------------------------------------------------------------------


def _machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({model or platform.processor()}), "
        f"Python {platform.python_version()}, load average {load} "
        "(anything else running on the machine shows in the figures)"
    )


def report(title: str, results: dict, pages: list[str]) -> None:
    print(f"\n### {title}\n")
    header = "| page | clients | req/s | ratio to bare | median ms | p95 ms |"
    print(header)
    print("|" + "---|" * 6)
    for clients in CONCURRENCY:
        bare = results[("bare view", clients)]["rps"]
        for name in pages:
            r = results[(name, clients)]
            print(
                f"| {name} | {clients} | {r['rps']:.0f} | {r['rps'] / bare:.2f} | "
                f"{r['p50']:.1f} | {r['p95']:.1f} |"
            )


def targets(small: dict, large: dict) -> list[tuple[str, bool]]:
    checks = []
    for clients in CONCURRENCY:
        bare = large[("bare view", clients)]["rps"]
        for name in CACHED:
            share = large[(name, clients)]["rps"] / bare
            checks.append((f"{name} (kept) at {clients} clients: {share:.2f} ≥ 0.3", share >= 0.3))
        for name in (
            "search nl",
            "search fr",
            "search nl, each query new",
            "search fr, each query new",
        ):
            share = large[(name, clients)]["rps"] / bare
            checks.append(
                (f"{name} at 5,000 articles, {clients} clients: {share:.2f} ≥ 0.05", share >= 0.05)
            )
            slower = small[(name, clients)]["rps"] / large[(name, clients)]["rps"]
            checks.append(
                (
                    f"{name} at {clients} clients: 5,000 articles take ×{slower:.2f} of 49 (≤ 1.5)",
                    slower <= 1.5,
                )
            )
        for name in ("trainings near 9000", "trainings near 9000, uncached"):
            slower = small[(name, clients)]["rps"] / large[(name, clients)]["rps"]
            checks.append(
                (
                    f"{name} at {clients} clients: 5,000 sessions take ×{slower:.2f} of 64 (≤ 1.5)",
                    slower <= 1.5,
                )
            )
    for (name, clients), r in large.items():
        if clients == 10 and name != "bare view":
            checks.append((f"{name}: p95 {r['p95']:.0f} ms < 150 at 10 clients", r["p95"] < 150))
    return checks


CACHED = ["home", "article list", "article page", "trainings near 9000", "session page"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one measurement")
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--articles", type=int, default=5000)
    options = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    redis_url = os.environ.get("REDIS_URL", DEFAULT_REDIS_URL)
    if not database_url.startswith(("postgres://", "postgresql://")):
        print("The load benchmark runs on PostgreSQL: set DATABASE_URL=postgres://…")
        return 1
    static_root = tempfile.mkdtemp(prefix="vo-bench-static-")
    env = _environment(database_url, redis_url, static_root)
    try:
        if database_url == DEFAULT_DATABASE_URL:
            _recreate_database(database_url)
        print(
            f"Machine: {_machine()}\nDatabase: {urlsplit(database_url).path[1:]}, cache: {redis_url}"
        )
        _manage(env, "migrate", "--noinput", "--verbosity", "0")
        _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        _manage(env, "load_demo", "--verbosity", "0")
        _python(env, _SETUP + "from django.core.cache import cache; cache.clear()")
        import json

        paths = json.loads(_python(env, _PATHS))
        paths["trainings near 9000, uncached"] = paths["trainings near 9000"] + "&n={n}"
        # A search nobody made before: "Fortnite or 17", "harcèlement or 18" … rank the
        # same articles as the plain words (the number matches none), never from the cache.
        paths["search nl, each query new"] = paths["search nl"] + "+or+{n}"
        paths["search fr, each query new"] = paths["search fr"] + "+or+{n}"
        small_pages = [
            "search nl",
            "search fr",
            "search nl, each query new",
            "search fr, each query new",
            "trainings near 9000",
            "trainings near 9000, uncached",
        ]
        all_pages = [
            "home",
            "article list",
            "article page",
            "search nl",
            "search fr",
            "search nl, each query new",
            "search fr, each query new",
            "trainings near 9000",
            "trainings near 9000, uncached",
            "session page",
            "module step",
        ]
        with Gunicorn(env):
            print("\nAt the demo's size (64 sessions, 49 articles):", flush=True)
            small = measure(
                {"bare view": "/bench/bare/"} | {name: paths[name] for name in small_pages},
                options.seconds,
            )
            print(
                f"\nScaling to {options.sessions:,} sessions and {options.articles:,} articles …",
                flush=True,
            )
            print(
                _python(
                    env,
                    _SETUP
                    + "from benchmarks.scale_demo import scale; "
                    + f"scale(sessions={options.sessions}, articles={options.articles})",
                )
            )
            # Every page is new (the scaling wrote with bulk inserts, which send no signal).
            _python(
                env,
                _SETUP
                + "from veiligonline.lib.pagecache import bump; bump('content', 'trainings')",
            )
            print("\nAt full size:", flush=True)
            large = measure(
                {"bare view": "/bench/bare/"} | {name: paths[name] for name in all_pages},
                options.seconds,
            )
        print(
            f"\n## Load benchmark ({time.strftime('%Y-%m-%d')})\n\nMachine: {_machine()}; gunicorn 3 sync workers, DEBUG=0, PostgreSQL + Redis; median of {ROUNDS} interleaved rounds of {options.seconds:g} s."
        )
        report("Demo size: 64 sessions, 49 articles", small, ["bare view", *small_pages])
        report(
            f"{options.sessions:,} sessions, {options.articles:,} articles",
            large,
            ["bare view", *all_pages],
        )
        print("\n### Targets\n")
        checks = targets(small, large)
        for text, ok in checks:
            print(f"- {'met' if ok else 'MISSED'}: {text}")
        return 0
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())

"""A broker that is down never holds up the page that recorded a message."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_queuing_with_the_broker_down_gives_up_quickly_and_says_so():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    # A process of its own, as a web worker is: nothing cached from other tests' brokers.
    env = {**os.environ, "DEBUG": "1", "CELERY_BROKER_URL": closed}
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from outbox.services import queue_delivery; queue_delivery(12345)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "could not queue message 12345" in result.stderr
    assert "the sweeper will" in result.stderr
    # Starting Django takes a second or two of this; the broker gets about two more.
    assert elapsed < 10, f"the page waited {elapsed:.1f} s for the broker"

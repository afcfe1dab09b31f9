"""Run the whole portal for development: web server, Celery worker and beat, in one command.

The worker runs with an embedded beat (-B), which is right for one development
machine; production runs them as separate services (see the README).
"""

import signal
import subprocess
import sys

from django.core.management.base import BaseCommand


def _stop(signum, frame):
    # A `kill` stops the web server and the worker too, like Ctrl+C does.
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = "Serve the portal at http://127.0.0.1:8000 with a Celery worker and beat."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        python = sys.executable
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGHUP, _stop)
        worker = subprocess.Popen(  # noqa: S603 - our own interpreter and fixed arguments
            [
                python,
                "-m",
                "celery",
                "-A",
                "veiligonline",
                "worker",
                "-B",
                "--loglevel=INFO",
                "--concurrency=1",
            ]
        )
        try:
            web = subprocess.Popen([python, "manage.py", "runserver", addrport])  # noqa: S603
            self.stdout.write(f"Veilig Online runs at http://{addrport}/ — stop with Ctrl+C.")
            web.wait()
        except KeyboardInterrupt:
            pass
        finally:
            for process in (locals().get("web"), worker):
                if process and process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in (locals().get("web"), worker):
                if process:
                    process.wait(timeout=15)

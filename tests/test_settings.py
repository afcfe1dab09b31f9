"""The settings: production values pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PER_TEST_VARIABLES = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        # Only what a production host would have (the browser tests set an async flag).
        **{k: v for k, v in os.environ.items() if k not in PER_TEST_VARIABLES},
        "DEBUG": "0",
        "SECRET_KEY": "x7#kq" * 12,
        "ALLOWED_HOSTS": "veiligonline.be",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"} | {"DEBUG": "0"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_asked(tmp_path):
    # What a production host runs: no DEBUG variable at all (and not under pytest).
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in PER_TEST_VARIABLES | {"PYTEST_VERSION", "PYTEST_CURRENT_TEST"}
    } | {"SECRET_KEY": "x7#kq" * 12, "STATIC_ROOT": str(tmp_path / "static")}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; "
            "print(settings.DEBUG, settings.CSRF_COOKIE_HTTPONLY)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "False True", result.stderr


def test_the_makefile_turns_debug_on_for_developers():
    makefile = (ROOT / "Makefile").read_text()
    assert "run test lint messages benchmark: export DEBUG ?= 1" in makefile


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/nl/", "/admin/login/", "/static/css/site.css"])
def test_every_response_switches_off_powerful_features(client, path):
    response = client.get(path)
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_admin_has_a_content_security_policy(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-eval" not in policy


@pytest.mark.django_db
def test_the_csrf_cookie_is_out_of_reach_of_scripts(client):
    response = client.get("/admin/login/")
    assert response.cookies["csrftoken"]["httponly"]

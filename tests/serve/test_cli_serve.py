"""`newsgraph serve`: complete --help, a real server on a free port, a one-line error for a store it cannot open."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from newsgraph.cli import app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_lists_every_option():
    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0
    for word in ("--db", "--host", "--port", "--public", "--max-body", "NEWSGRAPH_TOKEN", "/docs", "403", "401"):
        assert word in r.output, word


def test_serve_runs_a_real_server(db_path):
    port = free_port()
    env = dict(os.environ, NEWSGRAPH_TOKEN="cli-token")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", db_path, "--port", str(port),
                             "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while True:
            try:
                r = httpx.get(base + "/actors", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.time() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["total"] >= 1
        assert httpx.get(base + "/", headers={"accept": "text/html"}).status_code == 200
        assert httpx.post(base + "/documents", json={"text": "x"}).status_code == 401  # token from the env
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert "serving" in err and "writes need the token" in err
    assert "Traceback" not in err


def test_a_store_that_cannot_be_opened_is_one_line(tmp_path):
    r = subprocess.run([sys.executable, "-m", "newsgraph", "serve", "--db",
                        "postgresql://nobody:pw@127.0.0.1:1/none", "--port", str(free_port())],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1
    assert "pw" not in r.stderr  # no password in the message

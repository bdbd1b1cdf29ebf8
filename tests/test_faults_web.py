"""`oit serve` under a slowloris: a hundred connections on loopback that send their headers a byte at a time
must not starve a normal request. The real waitress server in its own process."""
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.hostile import ROOT, wait_for
from tests.test_alerts import free_port
from tests.test_faults_input import scripted_db  # noqa: F401 -- the fixture: a small complete database

SLOW = 110


def answers(url: str, seconds: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=seconds) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.mark.slow
def test_slow_clients_cannot_starve_the_web_interface(scripted_db):  # noqa: F811
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "oit", "--db", str(scripted_db), "serve", "--port", str(port)],
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    slow: list[socket.socket] = []
    try:
        url = f"http://127.0.0.1:{port}/agencies"
        assert wait_for(lambda: answers(url, 2), 30, step=0.5)
        for _ in range(SLOW):  # each sends a request line and then a header byte now and then, never the end
            conn = socket.create_connection(("127.0.0.1", port), timeout=5)
            conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-a: ")
            slow.append(conn)
        deadline = time.monotonic() + 12
        while time.monotonic() < deadline:
            for conn in slow:
                try:
                    conn.sendall(b"a")
                except OSError:
                    pass
            started = time.monotonic()
            assert answers(url, 5), "a normal request was starved"
            assert time.monotonic() - started < 5
            time.sleep(1)
    finally:
        for conn in slow:
            conn.close()
        server.terminate()
        server.wait(10)

"""Installed as a package, it must work: build the wheel, install it (not editable) into a fresh virtual
environment outside the source tree, and run ``oit demo`` there — the package data (rulebooks, templates, the
demo's sites and registry) must all be inside the wheel, and nothing users do not run: the fixture corpus and the
farm's builders stay in the repository, so the wheel stays under 10 MB."""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from farm.server import SITES_DIR, Farm

import tomllib

ROOT = Path(__file__).resolve().parent.parent
FARM = ROOT / "farm"
WHEEL_LIMIT = 10_000_000  # bytes


def packaged_farm_files() -> set[Path]:
    """The farm's files the wheel carries: pyproject's package-data patterns, globbed as setuptools does."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["farm"]
    return {(FARM / name).resolve() for pattern in patterns for name in glob.glob(pattern, root_dir=FARM, recursive=True)
            if (FARM / name).is_file()}


def test_the_wheel_carries_every_outside_page_the_demo_sites_link_to():
    """A demo site's link to an outside host the farm serves (Facebook, LINE, Maps, Drive) must be served from the
    wheel as from the checkout: an unknown host answers 502 and the demo would show a broken item it does not have."""
    packaged = packaged_farm_files()
    with Farm(SITES_DIR) as farm:  # its site_root() and _file() say what a request is answered from
        with open(FARM / "agencies.csv", encoding="utf-8") as registry:
            demo_hosts = [urlsplit(row["url"]).hostname for row in csv.DictReader(registry)]
        checked = 0
        for host in demo_hosts:
            root = farm.site_root(host)
            assert root is not None and (root / "manifest.yaml").resolve() in packaged, host
            assert all(f.resolve() in packaged for f in root.rglob("*") if f.is_file()), host
            for page in root.rglob("*.html"):
                for url in re.findall(r'(?:href|src)="(https?://[^"]+)"', page.read_text(encoding="utf-8")):
                    parts = urlsplit(url)
                    outside = farm.site_root(parts.hostname or "")
                    if outside is None or outside == root:
                        continue
                    checked += 1
                    served = Farm._file(outside, parts.path or "/", parts.query)
                    wanted = [f for f in (served, outside / "manifest.yaml") if f is not None and f.exists()]
                    assert any(f.resolve().is_relative_to(outside.resolve()) for f in packaged), url  # not a 502
                    assert all(f.resolve() in packaged for f in wanted), url
        assert checked >= 20  # the demo sites do link outside: this test reads their links


@pytest.mark.slow
def test_the_installed_wheel_runs_the_demo_outside_the_source_tree(tmp_path):
    source = tmp_path / "source"  # setuptools builds in the tree: a copy keeps build/ out of the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__",
                                                                "*.db", "tests"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
                   check=True, timeout=600, capture_output=True)
    wheel = next(wheels.glob("oit_watch-*.whl"))
    assert wheel.stat().st_size < WHEEL_LIMIT, f"{wheel.stat().st_size:,} bytes"
    names = zipfile.ZipFile(wheel).namelist()
    assert "farm/server.py" in names and not any(n.startswith("farm/builders/") for n in names)
    assert {n.split("/")[2] for n in names if n.startswith("farm/sites/")} < {p.name for p in SITES_DIR.iterdir()}
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The dependencies come from this environment (no second download); the package itself only from the wheel.
    site = Path(subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                        text=True).strip())
    (site / "deps-from-test-env.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True,
                   timeout=300, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "OIT_DB", "OIT_CONFIG")}
    where = subprocess.check_output([str(python), "-c", "import oit, reports, farm; print(oit.__file__, farm.__file__)"],
                                    cwd=elsewhere, env=env, text=True)
    assert str(ROOT) not in where and str(site) in where  # the wheel's copy, not the checkout
    demo = subprocess.run([str(env_dir / "bin" / "oit"), "--db", str(elsewhere / "demo.db"), "demo"], cwd=elsewhere,
                          env=env, capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in demo.stdout and "100%" in demo.stdout
    report = subprocess.run([str(env_dir / "bin" / "oit"), "--db", str(elsewhere / "demo.db"), "report", "--agency",
                             "huaisai"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert report.returncode == 0 and "thead" in (elsewhere / "report-huaisai.html").read_text(encoding="utf-8")

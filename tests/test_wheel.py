"""Installed as a package, it must work: build the wheel, install it (not editable) into a fresh virtual
environment outside the source tree, and run ``oit demo`` there — the package data (rulebooks, templates, the
farm's sites and registry) must all be inside the wheel."""
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_installed_wheel_runs_the_demo_outside_the_source_tree(tmp_path):
    source = tmp_path / "source"  # setuptools builds in the tree: a copy keeps build/ out of the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__",
                                                                "*.db", "tests"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
                   check=True, timeout=600, capture_output=True)
    wheel = next(wheels.glob("oit_watch-*.whl"))
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

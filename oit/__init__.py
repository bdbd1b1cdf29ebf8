"""OIT Watch: nightly checks of Thai agencies' websites against the ITA/OIT checklist."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("oit-watch")  # one source: pyproject.toml, as installed
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

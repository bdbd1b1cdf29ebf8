"""OIT Watch: nightly checks of Thai agencies' websites against the ITA/OIT checklist."""

__version__ = "0.1.0"

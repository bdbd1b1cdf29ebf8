"""Sub-commands whose parts live elsewhere: schedule (scheduler.py), alerts (alerts/), serve (web/)."""

"""Alerts to agencies and auditors: composed from a run's findings, queued in an outbox, then sent."""

"""What OIT Watch hands to people: the assessors' per-agency report, spreadsheets (findings, the agency × item
matrix, the ITAS paste sheet) and the words and dates they share. Below both the ``oit`` command and ``web/``."""

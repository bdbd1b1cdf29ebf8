"""The assessment itself: agencies' ITAS answers (มี/ไม่มี, the URLs they give, an explanation) read from the sheet
officers fill (``answers``), the URLs fetched with the crawler and nothing else (``fetch``), each judged against its
item alone with the nightly engine's own checks (``judge``), the fix in the consultants' words (``advice``), and
the consultants' scoring sheet and the officer's pre-submission check (``sheets``). Stored by storage/itas.py.
"""

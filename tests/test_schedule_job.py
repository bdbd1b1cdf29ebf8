"""The nightly job's stored reference: jobs live in the database under a textual reference to a function, so the
reference must outlive a move of the code. Jobs stored by older versions (``scheduler:nightly_job``) still resolve,
and are replaced by the package's stable one at the next start."""
from oit import scheduler
from oit.settings import DEFAULTS
from storage import open_db


def test_a_job_stored_by_an_older_version_is_replaced_by_the_stable_reference(tmp_path):
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    old = scheduler.build_scheduler(DEFAULTS, db_path, blocking=False)
    old.start(paused=True)
    scheduler.add_nightly_job(old, DEFAULTS, func="scheduler:nightly_job")  # as the top-level scheduler.py stored it
    old.shutdown()

    restarted = scheduler.build_scheduler(DEFAULTS, db_path, blocking=False)
    restarted.start(paused=True)
    stored = restarted.get_job(scheduler.JOB_ID)
    assert stored.func_ref == "scheduler:nightly_job" and stored.func is scheduler.nightly_job  # still resolves
    scheduler.add_nightly_job(restarted, DEFAULTS)  # what every start does
    restarted.shutdown()

    again = scheduler.build_scheduler(DEFAULTS, db_path, blocking=False)
    again.start(paused=True)
    job = again.get_job(scheduler.JOB_ID)
    again.shutdown()
    assert job.func_ref == "oit.scheduler:nightly_job" == scheduler.JOB_FUNC and job.func is scheduler.nightly_job

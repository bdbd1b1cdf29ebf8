"""The document worker pool: a time limit and a memory limit per task, and a pool that recovers from both."""
import asyncio
import time

import pytest

from crawler.documents import DocumentPool, Limits, clean_text, extract_document, zip_problem
from tests.hostile import docx_bomb, xlsx_empty_rows


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_task_over_its_time_is_stopped_and_the_pool_recovers():
    pool = DocumentPool(Limits(workers=1, doc_seconds=1))
    try:
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            run(pool.run(time.sleep, 30))
        assert time.monotonic() - started < 10
        assert run(pool.run(sum, [1, 2, 3])) == 6  # a fresh worker took over
    finally:
        pool.close()


def test_a_document_waiting_when_another_restarts_the_workers_is_read_by_the_new_ones():
    """A document over its time restarts the workers; one submitted beside it but not yet taken by a worker had its
    future cancelled, and that CancelledError ended its page's callback unseen: the page never released, its agency
    never ended and the night stayed open (seen with doc_seconds=1 on a busy machine)."""
    pool = DocumentPool(Limits(workers=1, doc_seconds=20))

    async def restart_beside():
        busy = pool._pool()
        for _ in range(2):  # the worker and its call queue taken: the next document waits in the executor
            busy.submit(time.sleep, 5)
        waiting = asyncio.ensure_future(pool._run(sum, [1, 2, 3]))
        await asyncio.sleep(0.5)
        pool._restart()  # what a document over its time does
        return await waiting

    try:
        assert run(restart_beside()) == 6
    finally:
        pool.close()


def test_a_task_over_its_memory_fails_alone():
    pool = DocumentPool(Limits(workers=1, doc_memory_bytes=400 * 1024 * 1024))
    try:
        with pytest.raises(MemoryError):
            run(pool.run(bytearray, 2 * 1024 ** 3))
        assert run(pool.run(len, "ok")) == 2
    finally:
        pool.close()


def test_documents_are_bounded_before_they_are_opened():
    limits = Limits(max_unzipped_bytes=2_000_000)
    assert "unpacks to" in zip_problem(docx_bomb(5), limits)
    assert "unpacks to" in extract_document("docx", docx_bomb(5), limits).note
    started = time.monotonic()
    assert extract_document("xlsx", xlsx_empty_rows(), Limits(max_rows=1000)).text == "top"
    assert time.monotonic() - started < 5
    assert extract_document("pdf", b"%PDF-1.4 garbage", limits).note  # recorded, not raised
    assert clean_text("ปี\x0b2566\x00") == "ปี 2566 "

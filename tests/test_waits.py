"""What a crawl waits for: a CancelledError a library lets out is one page's failure, the crawl's own stop is not;
and ``kill -USR1`` tells where a crawl stands."""
import asyncio
import os
import signal

from crawler.waits import describe_waits, dump_on_signal, page_fault


def test_a_cancelled_future_is_a_page_fault_but_the_crawl_stopping_is_not():
    async def leaked() -> bool:
        future = asyncio.get_running_loop().create_future()
        future.cancel()  # cancelled by another task (a worker pool restarting)
        try:
            await future
        except asyncio.CancelledError as exc:
            return page_fault(exc)
        return False

    async def stopped() -> bool:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError as exc:
            return page_fault(exc)
        return True

    async def main() -> tuple[bool, bool]:
        task = asyncio.ensure_future(stopped())
        await asyncio.sleep(0)
        task.cancel()  # the crawl stopping this very task
        return await leaked(), await task

    assert asyncio.run(main()) == (True, False)
    assert page_fault(ValueError("a bug on one page"))
    assert not page_fault(KeyboardInterrupt()) and not page_fault(GeneratorExit())


def test_usr1_writes_the_pending_tasks_to_the_log(tmp_path):
    log = tmp_path / "crawl.log"
    previous = signal.getsignal(signal.SIGUSR1)

    async def waits_for_ever() -> None:
        await asyncio.Event().wait()

    async def main() -> None:
        waiting = asyncio.ensure_future(waits_for_ever())
        await asyncio.sleep(0)
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.05)
        waiting.cancel()

    try:
        dump_on_signal(lambda: None, str(log))
        asyncio.run(main())
    finally:
        signal.signal(signal.SIGUSR1, previous)
    text = log.read_text(encoding="utf-8")
    assert "-- waits at" in text and "waits_for_ever" in text
    assert "-- waits at" in describe_waits()

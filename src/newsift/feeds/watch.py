"""Watching feeds: rounds that read every feed, fetch the new items and store them.

An item is new when its link is not a stored document's source
(:meth:`~newsift.store.Store.has_source`) and has not been fetched before by this
watcher. A page whose bytes are already stored (the same article under a second
link) is skipped by its content hash, before any NLP. One failing feed or page never
stops the round; a page that could not be fetched or stored is tried again the next
round.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from newsift.batch import BatchSummary, run_batch
from newsift.documents.fetch import Fetcher, FetchError, page_input
from newsift.feeds.items import FEED_ACCEPT, FeedError, FeedItem, feed_items
from newsift.model import InputError, RawInput
from newsift.pipeline import Pipeline
from newsift.store.base import Store

OnError = Callable[[InputError], None]


@dataclass
class RoundSummary:
    """What one round did: ``new`` items were fetched; ``pages`` is what became of them."""

    number: int
    feeds: int = 0
    feeds_failed: int = 0
    items: int = 0
    new: int = 0
    pages: BatchSummary = field(default_factory=BatchSummary)
    feed_errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        """Feeds and pages that failed this round."""
        return self.feeds_failed + self.pages.failed

    def line(self) -> str:
        pages = self.pages
        return (
            f"round {self.number}: {self.feeds} feeds ({self.feeds_failed} failed), "
            f"{self.items} items, {self.new} new: {pages.stored} stored, "
            f"{pages.skipped} already present, {pages.failed} failed; "
            f"{pages.events} events; {self.seconds:.1f}s"
        )


class Watcher:
    """Reads ``feeds`` into ``store``, one :meth:`round` at a time."""

    def __init__(
        self, feeds: Sequence[str], store: Store, pipeline: Pipeline, fetcher: Fetcher,
        on_error: OnError = lambda _error: None,
    ) -> None:
        self.feeds = list(dict.fromkeys(feeds))
        self.store = store
        self.pipeline = pipeline
        self.fetcher = fetcher
        self.on_error = on_error
        self.rounds = 0
        # Links fetched whose outcome is final without a document under that link: a
        # page already stored under another link, or no article at all. Fetching them
        # again would not help; anything else is either stored or tried again.
        self._fetched: set[str] = set()

    def round(self) -> RoundSummary:
        self.rounds += 1
        summary = RoundSummary(number=self.rounds)
        started = time.perf_counter()
        fresh = self._new_items(summary)
        summary.new = len(fresh)
        # One page at a time: whether a page is already stored under another link is
        # asked when it is fetched, so the page before it must be stored by then.
        summary.pages = run_batch(
            self._pages(fresh), self.pipeline, lambda extraction: self.store.add(extraction).stored,
            seen=self.store.has_document, on_error=self.on_error, batch_size=1)
        summary.seconds = time.perf_counter() - started
        return summary

    def _new_items(self, summary: RoundSummary) -> list[FeedItem]:
        fresh: dict[str, FeedItem] = {}
        listed: set[str] = set()
        for url in self.feeds:
            summary.feeds += 1
            try:
                items = feed_items(self.fetcher.get(url, accept=FEED_ACCEPT))
            except FetchError as exc:
                self._feed_failed(summary, InputError(url, exc.reason))
                continue
            except FeedError as exc:
                self._feed_failed(summary, InputError(url, str(exc)))
                continue
            summary.items += len(items)
            for item in items:
                listed.add(item.link)
                if item.link not in fresh and not self._known(item.link):
                    fresh[item.link] = item
        if not summary.feeds_failed:
            # Forget links no feed lists any more: memory stays the size of the feeds.
            self._fetched &= listed
        return list(fresh.values())

    def _known(self, link: str) -> bool:
        return link in self._fetched or self.store.has_source(link)

    def _feed_failed(self, summary: RoundSummary, error: InputError) -> None:
        summary.feeds_failed += 1
        summary.feed_errors.append(error)
        self.on_error(error)

    def _pages(self, items: Iterable[FeedItem]) -> Iterator[RawInput | InputError]:
        for item in items:
            try:
                page = self.fetcher.get(item.link)
            except FetchError as exc:
                yield InputError(item.link, exc.reason)
                continue
            raw = page_input(page, source=item.link)
            if isinstance(raw, InputError) or self.store.has_document(raw.digest):
                self._fetched.add(item.link)
            if isinstance(raw, RawInput):
                # The feed's headline is cleaner than the page's <title> ("... | Outlet"),
                # and its date is the outlet's own statement of when it published.
                raw = replace(raw, title=item.title or raw.title,
                              published=item.published or raw.published)
            yield raw


def run_rounds(
    watcher: Watcher, every: float, *, rounds: int | None = None,
    on_round: Callable[[RoundSummary], None] = lambda _summary: None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Run rounds ``every`` seconds apart (start to start) until ``rounds`` are done, or
    forever; a KeyboardInterrupt stops it between or within rounds."""
    while True:
        started = time.monotonic()
        on_round(watcher.round())
        if rounds is not None and watcher.rounds >= rounds:
            return
        sleep(max(0.0, every - (time.monotonic() - started)))

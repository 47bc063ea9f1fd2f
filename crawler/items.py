"""The crawl's one item: a document a spider fetched (or failed to fetch), with what the
archive records of where it came from. Every spider yields it through FoiSpider.item;
crawler/item.schema.json is its contract, checked by spidermon's item validation
(crawler/validation.py) before any pipeline archives it (crawler/pipelines.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from foi.archive.store import Record

# The item's fields the manifest keeps beside the record's own (Record.extra), when set.
PROVENANCE = (
    "platform",
    "reference",
    "title",
    "received",
    "published",
    "parent",
    "kind",
    "http_status",
    "declared_type",
)


@dataclass
class DocumentItem:
    """A fetched (or failed) document; see crawler/item.schema.json for the rules."""

    # Where it was fetched (a message's #anchor, a row's API address); a failure's first URL.
    url: str
    platform: str  # the spider's platform (alaveteli, log...): the manifest's source
    retrieved_at: str  # when it was fetched or failed, ISO 8601 UTC ("2026-02-10T09:00:00Z")
    status: str = "ok"  # "ok": fetched, its bytes in body; "failed": why in reason, no bytes
    # The bytes as served (or made: an Alaveteli message, a Socrata row); None for a failure.
    # Left out of the repr: Scrapy logs items, and a document can be 50 MB.
    body: bytes | None = field(default=None, repr=False)
    reason: str | None = None  # why it failed, one line a journalist can act on
    http_status: int | None = None  # the response's HTTP status
    declared_type: str | None = None  # the Content-Type served (checked against the bytes)
    authority_code: str | None = None  # the registry code of the council it is from, if known
    reference: str | None = None  # the council's or the platform's reference for the request
    title: str | None = None  # the request's title as the page gives it
    received: str | None = None  # when the council received the request, as written
    published: str | None = None  # when the council answered or published it, as written
    parent: str | None = None  # for an attachment or a message, the page it was found on
    kind: str = "page"  # page | attachment | message | row (a Socrata dataset's row)
    # Not a spider's: the archive's record of it, made by the pipelines after validation
    # (RecognisePipeline, settled by ReadPipeline, written by ArchivePipeline).
    record: Record | None = field(default=None, repr=False, compare=False)
    # Not the archive's either: the document followed from a listing that this one came
    # under, whose record a re-crawl counts again (crawler/unchanged.py).
    root: str | None = field(default=None, repr=False, compare=False)

    def provenance(self, campaign: str) -> Record:
        """The archive's record of this document before its bytes are looked at: the
        format, hash and size are filled in by the pipelines."""
        extra = {k: getattr(self, k) for k in PROVENANCE if getattr(self, k) is not None}
        return Record(
            sha256="",
            source=self.platform,
            location=self.url,
            retrieved_at=self.retrieved_at,
            media_type="unknown",
            size=0,
            status=self.status,
            authority_code=self.authority_code,
            reason=self.reason,
            campaign=campaign,
            extra=extra,
        )

"""The `foi` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what every command needs is imported here: each command imports the rest (pandas,
# pyarrow, Scrapy, the dataset package, the readers) itself, so `foi --help` and `foi parse`
# start at once (benchmarks/startup.py; tests/test_cli.py checks what `import foi.cli` loads).
from foi.archive import Archive, Record, now, sha256
from foi.campaign import DEFAULT, CampaignError, DataPaths, data_paths, load_campaign
from foi.errors import UserError
from foi.registry import Registry
from foi.sources import PLATFORMS
from foi.terminal import sanitised_output
from parsers.model import ParseError

if TYPE_CHECKING:
    from parsers.response import ParsedResponse


def data_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("FOI_DATA_DIR") or "data")


def campaign_of(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The campaign `--campaign` names, loaded once per command."""
    if getattr(args, "_campaign", None) is None:
        args._campaign = load_campaign(args.campaign)
    return args._campaign


def paths_of(args: argparse.Namespace) -> DataPaths:
    """Where this campaign's dataset, corrections, history and report live in the data
    directory (foi.campaign.data_paths: the first campaign at the top, any other in
    DATA_DIR/campaigns/<id>/)."""
    return data_paths(data_dir(args.data_dir), campaign_of(args))


def max_bytes() -> int:
    raw = os.environ.get("FOI_MAX_BYTES")
    if not raw:
        from parsers.extract import DEFAULT_MAX_BYTES

        return DEFAULT_MAX_BYTES
    try:
        return int(raw)
    except ValueError:
        raise UserError(f"FOI_MAX_BYTES must be a number of bytes, not {raw!r}") from None


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes():
            raise ParseError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes() / 1e6:.0f} MB limit (FOI_MAX_BYTES)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a directory") from None


def parse_file(path: Path, campaign, registry, force: bool = False) -> ParsedResponse:  # type: ignore[no-untyped-def]
    from parsers.response import parse_document

    return parse_document(
        _read(path), path.name, campaign, registry, max_bytes=max_bytes(), force=force
    )


def show(parsed: ParsedResponse, campaign) -> str:  # type: ignore[no-untyped-def]
    out = []
    a = parsed.authority
    out.append(f"Authority:  {a.name or 'not found'}" + (f" ({a.code})" if a.code else ""))
    out.append(
        f"Outcome:    {parsed.outcome.value}"
        + (f"  exemptions: {', '.join(parsed.exemptions)}" if parsed.exemptions else "")
    )
    out.append(f"Format:     {parsed.format}")
    out.append("")
    answered = {x.question_no: x for x in parsed.answers}
    for q in campaign.questions:
        x = answered.get(q.no)
        out.append(f"Q{q.no} [{q.key}] {x.question_text if x and x.question_text else q.text}")
        body = x.answer_text if x else "(no answer of its own)"
        out.append(textwrap.indent(textwrap.fill(body, 96), "    "))
        out.append("")
    out.append("Coded facts (value, confidence, evidence):")
    for name, coded in parsed.fields.items():
        ev = f"  \u201c{coded.evidence}\u201d" if coded.evidence else ""
        out.append(f"  {name:<22} {str(coded.value):<11} {coded.confidence:.2f}{ev}")
    if parsed.links:
        out.append("")
        out.append("Links:")
        out.extend(f"  {u}" for u in parsed.links)
    return "\n".join(out)


def cmd_parse(args: argparse.Namespace) -> int:
    campaign, registry = campaign_of(args), Registry.load()
    path = Path(args.file)
    try:
        parsed = parse_file(path, campaign, registry, force=args.force)
    except ParseError as exc:
        print(f"foi parse: {path.name}: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(parsed.to_json(), ensure_ascii=False, indent=2))
    else:
        print(show(parsed, campaign))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from foi.evaluate import evaluate, lowest_field_rate, report

    corpus = Path(args.corpus)
    if not (corpus / "labels.json").exists():
        raise UserError(f"{corpus}: no labels.json (see the corpus README for the format)")
    score = evaluate(corpus, campaign_of(args), Registry.load())
    print(report(score))
    if args.min_fields is not None and lowest_field_rate(score) < args.min_fields:
        print(f"FAIL: a coded field is below {args.min_fields:.0%}", file=sys.stderr)
        return 1
    if args.min_answers is not None and score.rate("answers") < args.min_answers:
        print(f"FAIL: answers below {args.min_answers:.0%}", file=sys.stderr)
        return 1
    return 0


def import_one(
    path: Path, archive: Archive, campaign, registry, authority: str | None, source: str = "import"
) -> tuple[Record, ParsedResponse | None]:  # type: ignore[no-untyped-def]
    """Archive one file and record whether it reads; never raises for a bad document."""
    from foi.mailbox import read_document

    rec = Record(
        sha256="", source=source, location=path.name, retrieved_at=now(), media_type="unknown",
        size=0, status="ok", authority_code=authority, campaign=campaign.id,
    )  # fmt: skip
    try:
        data = _read(path)
    except ParseError as exc:
        rec.status, rec.reason, rec.size = "failed", str(exc), path.stat().st_size
        return archive.add(None, rec), None
    rec.sha256, rec.size = sha256(data), len(data)
    reading = read_document(data, path.name, campaign, registry, max_bytes())
    rec.media_type, rec.status, rec.reason = reading.media_type, reading.status, reading.reason
    rec.authority_code = authority or reading.authority_code
    rec.extra = reading.extra
    return archive.add(data, rec), reading.parsed


def cmd_import(args: argparse.Namespace) -> int:
    from foi.mailbox import kind_of

    campaign, registry = campaign_of(args), Registry.load()
    if args.imap:
        return _import_imap(args, campaign, registry)
    if not args.files:
        raise UserError("give files, a mailbox (mbox, Maildir, a folder of .eml) or --imap")
    kinds = {name: kind_of(Path(name)) for name in args.files}
    code = None
    if args.authority:
        if any(kind != "file" for kind in kinds.values()):
            raise UserError("--authority is for single documents; a mailbox's senders name theirs")
        hit = registry.resolve(args.authority)
        if hit is None:
            raise UserError(f"--authority {args.authority!r}: not one of the 153 authorities")
        code = hit.code
    archive = Archive(data_dir(args.data_dir))
    held = {r.sha256: r for r in archive.records() if r.status == "ok" and r.sha256}
    failed = stored = already = 0
    for name in args.files:
        path = Path(name)
        if kinds[name] != "file":
            summary = _import_mailbox(path, archive, campaign, registry)
            stored += summary.messages + summary.attachments - len(summary.failed)
            failed += len(summary.failed)
            continue
        if not path.is_file():
            print(f"{name}: no such file", file=sys.stderr)
            failed += 1
            continue
        if path.stat().st_size <= max_bytes():
            same = held.get(sha256(path.read_bytes()))
            if same is not None and (code is None or code == same.authority_code):
                # The same bytes once: a second import adds no manifest line (as for mail).
                already += 1
                print(f"already  {path.name}  {same.sha256[:12]}  stored {same.retrieved_at[:10]} "
                      f"as {same.location}")  # fmt: skip
                continue
        rec, _ = import_one(path, archive, campaign, registry, code)
        if rec.status == "ok":
            held[rec.sha256] = rec
            stored += 1
            note = rec.extra.get("not_a_reply") or rec.extra.get("out_of_scope")
            note = f"  (not counted: {note})" if note else ""
            print(
                f"stored   {path.name}  {rec.sha256[:12]}  {rec.media_type}  {rec.authority_code or '-'}{note}"
            )
        else:
            failed += 1
            print(f"failed   {path.name}: {rec.reason}")
    done = f", {already} already in the archive (skipped)" if already else ""
    print(f"{stored} stored{done}, {failed} failed; manifest: {archive.manifest}")
    return 1 if failed else 0


def _import_mailbox(path: Path, archive: Archive, campaign, registry: Registry):  # type: ignore[no-untyped-def]
    """An mbox, a Maildir or a folder of .eml files; one run at a time per data directory,
    so two imports never both take a message for new."""
    from foi.lock import data_lock
    from foi.mailbox import format_summary, import_mailbox, kind_of

    started = time.perf_counter()
    with data_lock(archive.root, "import"):
        summary = import_mailbox(
            path, archive, campaign, registry, max_bytes=max_bytes(), progress=_progress()
        )
    print(f"{path} ({kind_of(path).replace('_', ' ')}), {time.perf_counter() - started:.1f} s:")
    print(format_summary(summary, registry))
    return summary


def _progress():  # type: ignore[no-untyped-def]
    # The bar redraws its line with a carriage return, which the sanitised stderr would strip;
    # the process's own stderr takes it (tqdm shows it only where that is a terminal).
    return sys.__stderr__


def _import_imap(args: argparse.Namespace, campaign, registry: Registry) -> int:  # type: ignore[no-untyped-def]
    from foi import imap
    from foi.lock import data_lock
    from foi.mailbox import format_summary

    if args.files:
        raise UserError("--imap reads a folder on a server: give no files with it")
    missing = [f"--{o}" for o in ("host", "user", "folder") if not getattr(args, o)]
    if missing:
        raise UserError(f"--imap needs {', '.join(missing)}")
    if args.authority:
        raise UserError("--authority is for single documents; a mailbox's senders name theirs")
    account = imap.Account(
        host=args.host, user=args.user, folder=args.folder, port=args.port,
        tls=not args.no_tls, cafile=args.cafile,
    )  # fmt: skip
    root = data_dir(args.data_dir)
    started = time.perf_counter()
    with data_lock(root, "import"):
        result = imap.import_folder(
            account, Archive(root), campaign, registry, state_dir=root / "state",
            max_bytes=max_bytes(), progress=_progress(),
        )  # fmt: skip
    print(
        f"{account.url}: {result.fetched} new messages fetched in "
        f"{time.perf_counter() - started:.1f} s (UIDVALIDITY {result.uidvalidity}, "
        f"last UID {result.last_uid})"
    )
    print(format_summary(result.summary, registry))
    return 1 if result.summary.failed else 0


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    room = _terminal_width()
    if room:
        # On a terminal the widest columns give way, cut with "…", so no line wraps; piped
        # output keeps every character.
        while sum(widths) + 2 * (len(widths) - 1) > room and max(widths) > 8:
            widths[widths.index(max(widths))] -= 1

    def fit(value: object, w: int) -> str:
        text = str(value)
        return text if len(text) <= w else text[: w - 1] + "…"

    def line(values: list[object]) -> str:
        return "  ".join(fit(v, w).ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(list(header)), line(["-" * w for w in widths])]
    lines += [line(list(r)) for r in rows]
    return "\n".join(lines)


def _terminal_width() -> int | None:
    """The terminal's width where output goes to one, else None (a pipe or a file gets
    every character, whatever COLUMNS a CI shell exports)."""
    if sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size().columns
    return None


def _summary_table(per_auth: dict[str, dict[str, int]], registry: Registry) -> str:
    rows = []
    for code, counts in per_auth.items():
        a = registry.get(code) if code != "unknown" else None
        rows.append(
            [
                a.name if a else code,
                code,
                *(counts.get(k, 0) for k in ("found", "kept", "rejected", "failed")),
            ]
        )
    return _table(rows, ["authority", "code", "found", "kept", "rejected", "failed"])


def _workers_note(stats: dict[str, dict[str, Any]], run: str) -> str:
    """Whose figures the table below gives: the whole shared crawl's (from its last worker)
    or this worker's share."""
    if any(s.get("foi/workers/partial") for s in stats.values()):
        return f"This worker's share of run {run!r} (the last worker to stop prints the whole):"
    workers = max((int(s.get("foi/workers/count", 1)) for s in stats.values()), default=1)
    return f"Run {run!r}, all {workers} workers (this one stopped last):"


def _reasons(stats: dict[str, dict[str, Any]]) -> str:
    """Why candidates were rejected and documents failed, across spiders."""
    counts: dict[str, int] = {}
    for spider_stats in stats.values():
        for key, value in spider_stats.items():
            parts = key.split("/", 2)
            if len(parts) == 3 and parts[0] == "foi" and parts[1] in ("rejected", "failed"):
                counts[f"{parts[1]}: {parts[2]}"] = counts.get(f"{parts[1]}: {parts[2]}", 0) + int(
                    value
                )
    return "; ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.run import SPIDERS, crawl, per_authority
    from foi.sources import load_sources

    registry = Registry.load()
    sources = Path(args.sources) if args.sources else None
    rows = load_sources(sources, registry)
    platforms = [args.platform] if args.platform else None
    if args.platform and args.platform not in SPIDERS:
        raise UserError(f"--platform must be one of {', '.join(SPIDERS)}")
    only = _only(args.only, registry, rows, args.platform, sources) if args.only else None
    if args.workers:  # one of several processes: the build runs once, after them all
        from crawler.distributed import connect, prefix

        args.no_build = True
        prefix(campaign_of(args).id, args.run)
        connect(args.workers)
    if not os.environ.get("FOI_CONTACT"):
        print(
            "foi crawl: warning: FOI_CONTACT is not set, so the sites crawled see no way to "
            "reach you (set it to your email address)",
            file=sys.stderr,
        )
    started = time.perf_counter()
    from foi.lock import data_lock

    root = data_dir(args.data_dir)
    with data_lock(root, "crawl", shared=bool(args.workers)):
        since = now()
        before = None
        if not args.no_build:  # pandas only where a dataset is built
            from foi.dataset.changes import snapshot

            before = snapshot(paths_of(args).dataset)
        stats = crawl(
            root, sources=sources, platforms=platforms, only=only, campaign=args.campaign,
            # Cron mode: Scrapy's log (tracebacks included) only in --log-json, never on
            # the terminal; what needs a person is listed below in plain words.
            overrides={"LOG_LEVEL": "WARNING", "LOG_ENABLED": False} if args.quiet else {},
            log_json=Path(args.log_json) if args.log_json else None,
            workers=args.workers, run=args.run,
        )  # fmt: skip
        if any(s.get("finish_reason") == "shutdown" for s in stats.values()):
            print(
                "foi crawl: interrupted: the crawl stopped before it finished. What was "
                "fetched is archived; the dataset was not rebuilt. Run it again to finish.",
                file=sys.stderr,
            )
            return 130
        if not args.quiet:
            if args.workers:
                print(_workers_note(stats, args.run))
            print(_summary_table(per_authority(stats), registry))
            print(f"\nReasons: {_reasons(stats)}")
            pages = sum(s.get("response_received_count", 0) for s in stats.values())
            took = time.perf_counter() - started
            print(f"\n{pages} responses from the sites in {took:.1f} s; archive: {root}/")
        if args.no_build:
            report = ""
        else:
            _build(args)
            report = _changes(root, before, since, registry, campaign_of(args))
    if args.quiet:
        return _cron_report(root, since, registry, report, stats)
    if args.workers:
        print("\nThe dataset is built once, after the workers: when every worker has stopped, "
              "run `foi build` (on any machine that sees this data directory).")  # fmt: skip
    elif args.no_build:
        print("\nThe dataset was not rebuilt (--no-build): run `foi build` when the crawl is done.")
    else:
        print("\n" + report)
    questions, answered = (
        ([], {}) if args.no_build else coverage_matrix(paths_of(args).dataset, campaign_of(args))
    )
    if answered:
        shares = [
            f"{q} {sum(int(q[1:]) in a for a in answered.values()) / len(answered):.0%}"
            for q in questions
        ]
        print(f"Coverage (share of responses answering each question): {', '.join(shares)}")
    failed = {
        name: s.get("foi/monitors/failed")
        for name, s in stats.items()
        if s.get("foi/monitors/failed_count")
    }
    if failed:
        for name, why in failed.items():
            print(f"MONITOR FAILED [{name}]: {why}", file=sys.stderr)
        return 1
    return 0


def _cron_report(
    root: Path, since: str, registry: Registry, changes: str, stats: dict[str, dict[str, Any]]
) -> int:
    """Cron mode: only what a person must act on. What changed (nothing when nothing did),
    then each failure by council and URL with its cause in plain words; exit 1 when a site
    could not be reached or a monitor failed."""
    from foi.attention import attention

    if changes and "No change since the last run" not in changes:
        print(changes)
    names = {a.code: a.name for a in registry.authorities}
    lines = attention([f for s in stats.values() for f in s.get("foi/failures", [])], names)
    if lines:
        print(f"Needs attention ({len(lines)}):")
        print("\n".join(f"  {line}" for line in lines))
    failed = [
        f"MONITOR FAILED [{name}]: {s['foi/monitors/failed']}"
        for name, s in stats.items()
        if s.get("foi/monitors/failed_count")
    ]
    for line in failed:
        print(line, file=sys.stderr)
    return 1 if failed else 0


def _only(raw: str, registry: Registry, rows, platform: str | None, path: Path | None) -> list[str]:  # type: ignore[no-untyped-def]
    """--only's codes or names (as `import --authority` takes them), each with a source to
    crawl: a council no row of the sources file reaches is named, not silently skipped."""
    codes, missing = [], []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        hit = registry.resolve(part)
        if hit is None:
            raise UserError(f"--only {part!r}: not one of the 153 authorities")
        reach = [
            s
            for s in rows
            if s.authority_code in (None, hit.code) and (platform is None or s.platform == platform)
        ]
        if reach:
            codes.append(hit.code)
            continue
        missing.append(f"{hit.name} ({hit.code})")
        plat = f" of platform {platform}" if platform else ""
        print(f"foi crawl: --only: {path or 'foi/data/sources.csv'} has no source{plat} "
              f"for {missing[-1]}", file=sys.stderr)  # fmt: skip
    if not codes:
        raise UserError(f"nothing to crawl: no source for {', '.join(missing) or repr(raw)}")
    return codes


def _changes(root: Path, before, since: str, registry: Registry, campaign) -> str:  # type: ignore[no-untyped-def]
    """Compare the new dataset with the one before the crawl; record and return the report."""
    import pandas as pd

    from foi.dataset import changes

    run_time = pd.Timestamp.now(tz="UTC").floor("s")
    dataset = data_paths(root, campaign).dataset
    after = changes.snapshot(dataset)
    rows = changes.diff(before, after, run_time, campaign) if after else []
    names = {a.code: a.name for a in registry.authorities}
    rows += changes.disappeared(Archive(root), since, run_time, names)
    return changes.record(root, dataset, rows, run_time, campaign)


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled mirror on 127.0.0.1, crawl it with the real spiders, read what was kept."""
    from foi.dataset.build import DEMO_MARK
    from foi.lock import data_lock

    started = time.perf_counter()
    campaign, registry = campaign_of(args), Registry.load()
    root = data_dir(args.data_dir)

    with data_lock(root, "demo"):
        _refuse_real_archive(root)
        (root / DEMO_MARK).write_text(
            "This data directory holds `foi demo`'s synthetic data: invented replies from the "
            "bundled mirror, not real councils'. Keep real crawls in another directory.\n",
            "utf-8",
        )
        return _demo(args, root, campaign, registry, started)


def _refuse_real_archive(root: Path) -> None:
    """`foi demo` writes invented councils' replies: never into an archive of real ones."""
    from foi.dataset.build import DEMO_MARK

    if (root / DEMO_MARK).exists():
        return  # an earlier demo's directory
    real = [
        r
        for r in Archive(root).records()
        if not r.location.startswith(("http://127.0.0.1:", "http://localhost:"))
    ]
    if real:
        raise UserError(
            f"{root} holds {len(real)} real (non-demo) documents; the demo's synthetic data "
            "would be mixed with them. Give the demo its own folder: "
            "foi demo --data-dir demo-data"
        )


def _demo(
    args: argparse.Namespace, root: Path, campaign, registry: Registry, started: float
) -> int:  # type: ignore[no-untyped-def]
    from crawler.run import crawl, per_authority
    from foi.mirror import serve
    from foi.responses import best_per_authority, parse_archive

    mirror_dir = demo_mirror(campaign)
    template = (mirror_dir / "sources.csv").read_text("utf-8")
    with serve(mirror_dir / "sites") as mirror:
        sources = root / "demo-sources.csv"
        sources.write_text(mirror.substitute(template), "utf-8")
        # Loopback mirror: no politeness delay needed (the defaults stay on for real sites).
        fast = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}
        stats = crawl(root, sources=sources, campaign=args.campaign, overrides=fast)
        requests = sum(s.requests for s in mirror.stats.values())
    crawl_time = time.perf_counter() - started
    print("Crawl of the bundled mirror (synthetic councils on all three platforms):\n")
    print(_summary_table(per_authority(stats), registry))
    print(f"\nReasons: {_reasons(stats)}")
    reads = parse_archive(Archive(root), campaign, registry)
    best = best_per_authority(reads)
    shown = [campaign.specs[f] for f in campaign.report["table"]]
    rows = []
    for code, r in best.items():
        assert r.parsed is not None
        f = {k: v.value for k, v in r.parsed.fields.items()}
        rows.append(
            [
                registry.get(code).name if registry.get(code) else code,
                r.record.source,
                r.parsed.format,
                r.parsed.outcome.value,
                *(_cell(spec, f.get(spec.name)) for spec in shown),
            ]
        )
    header = ["authority", "platform", "format", "outcome", *(_heading(spec) for spec in shown)]
    print(f"\nCampaign: {campaign.title}\n")
    print(_table(rows, header))
    took = time.perf_counter() - started
    print(
        f"\n{requests} requests to the mirror; crawl {crawl_time:.1f} s "
        f"({requests / max(crawl_time, 1e-9):.0f} pages/s), total {took:.1f} s."
    )
    print(
        f"Archive and manifest: {root}/. All mirror councils' answers are synthetic (invented positions)."
    )
    _build(args)
    print("Next: `foi parse FILE` shows one response's answers with the evidence for each fact;")
    print(
        f"the Parquet tables and DATA_DICTIONARY.md are in {data_paths(root, campaign).dataset}/."
    )
    return 0


def demo_mirror(campaign) -> Path:  # type: ignore[no-untyped-def]
    """The campaign's bundled mirror: a folder of `sites/` and `sources.csv` under foi/."""
    name = campaign.settings.get("mirror")
    folder = Path(str(resources.files("foi").joinpath(name))) if name else None
    if folder is None or not (folder / "sources.csv").is_file():
        raise UserError(f"campaign {campaign.name} has no demo mirror (`mirror` in its [campaign])")
    return folder


def _heading(spec) -> str:  # type: ignore[no-untyped-def]
    """A demo table heading: the field's label, lower case (its years for a count)."""
    label = spec.label.lower()
    if spec.type == "count_by_year":
        return f"{label} ({spec.years[0]}-{spec.years[-1]})"
    return label


def _cell(spec, value) -> str:  # type: ignore[no-untyped-def]
    if spec.type == "count_by_year":
        return (
            "-" if value is None else " ".join("." if n is None else str(n) for n in value.values())
        )
    if spec.type == "text" and value:
        return value[:40] + ("..." if len(value) > 40 else "")
    return "-" if value is None else str(value)


def _build(args: argparse.Namespace) -> int:
    from foi.dataset.build import build

    result = build(
        data_dir(args.data_dir),
        campaign_of(args),
        Registry.load(),
        out=Path(args.out) if getattr(args, "out", None) else None,
        corrections=Path(args.corrections) if getattr(args, "corrections", None) else None,
    )
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    if getattr(args, "quiet", False):  # cron mode: the damaged documents below, nothing else
        for problem in result.damaged:
            print(f"WARNING archived document unusable: {problem}", file=sys.stderr)
        return 1 if result.damaged else 0
    print(f"dataset written to {result.out}/ ({counts})")
    # Each document is read once: later builds reuse the parse cache (foi/parsecache.py).
    print(f"documents: parsed {result.parsed}, reused {result.reused} (parse cache)")
    for problem in result.damaged:  # never silent: a council must not just leave the dataset
        print(f"WARNING archived document unusable: {problem}", file=sys.stderr)
    return 1 if result.damaged else 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check every archived document against its manifest record."""
    archive = Archive(data_dir(args.data_dir))
    problems = archive.verify()
    for rec, why in problems:
        print(f"{rec.location}  {rec.sha256[:12]}  {why}")
    checked = len({r.sha256 for r in archive.records() if r.status == "ok" and r.sha256})
    print(f"{checked} documents checked, {len(problems)} missing or altered")
    return 1 if problems else 0


def cmd_build(args: argparse.Namespace) -> int:
    from foi.lock import data_lock

    with data_lock(data_dir(args.data_dir), "build"):
        return _build(args)


def _dataset_dir(args: argparse.Namespace) -> Path:
    return paths_of(args).dataset


def _print_frame(df) -> None:  # type: ignore[no-untyped-def]
    def cell(v: object) -> str:
        if v is None or str(v) in ("<NA>", "nan"):
            return ""
        return f"{v:.2f}" if isinstance(v, float) else str(v)[:60]

    rows = [[cell(v) for v in r] for r in df.itertuples(index=False)]
    print(_table(rows, [str(c) for c in df.columns]) if rows else "(nothing matches)")


def cmd_filter(args: argparse.Namespace) -> int:
    from foi.dataset.views import filter_responses, synthetic, write_csv

    campaign = campaign_of(args)
    where = {f: str(getattr(args, f)) for f in campaign.specs if getattr(args, f, None) is not None}
    if args.outcome:
        where["outcome"] = args.outcome
    if args.no_response and (where or args.disagree):
        given = [f"--{f.replace('_', '-')}" for f in where] + (
            ["--disagree"] if args.disagree else []
        )
        raise UserError(
            f"--no-response lists councils with no response, so {', '.join(given)} "
            "(which needs a response) cannot narrow it; use one or the other"
        )
    df = filter_responses(
        _dataset_dir(args), where=where, partnership=args.partnership, region=args.region,
        no_response=args.no_response, disagree=args.disagree, campaign=campaign,
    )  # fmt: skip
    demo = synthetic(_dataset_dir(args))
    if demo:
        df.insert(0, "synthetic", True)  # the CSV cannot be mistaken for real councils' replies
    mark = "SYNTHETIC DEMO DATA (invented replies from the bundled mirror, not real councils)"
    if args.csv == "-":  # the CSV alone on stdout, for a pipe; the rest to stderr
        text = write_csv(df, None)
        sys.stdout.write(text)
        print(f"{len(df)} rows" + (f"; {mark}" if demo else ""), file=sys.stderr)
        return 0
    if demo:
        print(mark + "\n")
    hidden = [c for c in df.columns if c.endswith("_evidence") or c == "synthetic"]
    _print_frame(df.drop(columns=hidden))
    if args.csv:
        write_csv(df, Path(args.csv))  # no cell a spreadsheet would run as a formula
        print(f"\n{len(df)} rows; with the evidence sentence and source URL of each: {args.csv}")
    else:
        print(
            f"\n{len(df)} rows (--csv FILE writes them with the evidence sentence and source URL)"
        )
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from foi.dataset.views import review_queue

    df = review_queue(_dataset_dir(args), limit=args.limit)
    _print_frame(df)
    print(
        "\nCorrect a value by adding a row to corrections.csv (authority_code,field,value,note,reviewer)."
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from foi.dataset.views import export

    default = {"csv": "export", "xlsx": "foi-dataset.xlsx", "sqlite": "foi-dataset.sqlite"}[
        args.format
    ]
    out = Path(args.out) if args.out else paths_of(args).home / default
    campaign = campaign_of(args)
    written = export(_dataset_dir(args), args.format, out, campaign.title, campaign)
    print("\n".join(f"wrote {p}" for p in written))
    if args.format == "sqlite":
        meta = out.with_name(out.stem + ".metadata.json")
        print(f"open it with: datasette {out} -m {meta}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from foi.dataset.report import build_report, documents_folder

    out = Path(args.out) if args.out else paths_of(args).report
    archive = data_dir(args.data_dir) if args.with_documents else None
    campaign = campaign_of(args)
    build_report(
        _dataset_dir(args), out, campaign.title, with_documents_from=archive, campaign=campaign
    )
    print(f"wrote {out} (self-contained: open it in any browser, offline)")
    if archive is not None:
        print(f"with the archived documents in {documents_folder(out)}/ (share the two together)")
    return 0


def coverage_matrix(dataset: Path, campaign) -> tuple[list[str], dict[str, set[int]]]:  # type: ignore[no-untyped-def]
    """Question numbers answered, per authority, from the built dataset."""
    import pyarrow.parquet as pq

    answered: dict[str, set[int]] = {}
    path = dataset / "answers.parquet"
    if path.exists():
        for row in pq.read_table(
            path, columns=["authority_code", "question_no", "status"]
        ).to_pylist():
            if row["status"] in ("answered", "see_other"):  # refused or not held is no answer
                answered.setdefault(row["authority_code"], set()).add(row["question_no"])
    return [f"Q{q.no}" for q in campaign.questions], answered


def cmd_status(args: argparse.Namespace) -> int:
    """Per authority: sources, last crawled, last change, health, and questions answered."""
    import pyarrow.parquet as pq

    from foi.sources import load_sources

    root = data_dir(args.data_dir)
    campaign, registry = campaign_of(args), Registry.load()
    sources = load_sources(Path(args.sources) if args.sources else None, registry)
    own = {s.authority_code for s in sources if s.authority_code}
    platforms = {s.platform for s in sources if not s.authority_code}
    last_crawled: dict[str, str] = {}
    latest: dict[tuple[str, str], Any] = {}  # per council and document: its latest record
    for rec in Archive(root).records():
        code = rec.authority_code or ""
        last_crawled[code] = max(last_crawled.get(code, ""), rec.retrieved_at)
        key = (code, rec.location)
        if key not in latest or rec.retrieved_at >= latest[key].retrieved_at:
            latest[key] = rec
    failing: dict[str, list[str]] = {}  # a document (an attachment too) whose last fetch failed
    for (code, location), rec in latest.items():
        if rec.status == "failed":
            name = location.rstrip("/").rsplit("/", 1)[-1] or location
            failing.setdefault(code, []).append(f"{rec.reason or 'failed'}: {name}")
    outcomes: dict[str, str] = {}
    table = paths_of(args).dataset / "authorities.parquet"
    if table.exists():
        for row in pq.read_table(table, columns=["authority_code", "outcome"]).to_pylist():
            if row["outcome"]:
                outcomes[row["authority_code"]] = row["outcome"]
    last_change: dict[str, str] = {}
    history = paths_of(args).history
    if history.exists():
        for row in pq.read_table(history, columns=["authority_code", "run_time"]).to_pylist():
            last_change[row["authority_code"]] = max(
                last_change.get(row["authority_code"], ""), f"{row['run_time']:%Y-%m-%d}"
            )
    questions, answered = coverage_matrix(paths_of(args).dataset, campaign)
    states = {s.authority_code: s.state for s in sources if s.authority_code}
    rows = []
    for a in registry.authorities:
        srcs = (
            [
                f"own {p}"
                for p in sorted({s.platform for s in sources if s.authority_code == a.code})
            ]
            if a.code in own
            else []
        ) + sorted(platforms)
        outcome = outcomes.get(a.code)
        if outcome is None:
            health = "no source known" if not srcs else "no response yet"
        else:  # the reply's outcome: a refusal or "not held" is a reply, not silence
            health = "ok" if outcome == "answered" else outcome.replace("_", " ")
        problem = not srcs
        if a.code in failing:
            why = failing[a.code]
            more = f" and {len(why) - 1} more" if len(why) > 1 else ""
            health = (
                f"{health} - failing ({why[0]}{more})" if outcome else f"failing ({why[0]}{more})"
            )
            problem = True
        # Not answering (yet) is the council's doing, not a problem to act on here.
        if args.only_problems and not problem:
            continue
        marks = ["x" if int(q[1:]) in answered.get(a.code, set()) else "." for q in questions]
        rows.append(
            [
                a.name,
                a.code,
                ", ".join(srcs) or "-",
                states.get(a.code, "-"),
                last_crawled.get(a.code, "-")[:10],
                last_change.get(a.code, "-"),
                health,
                *marks,
            ]
        )
    print(
        _table(
            rows,
            [
                "authority",
                "code",
                "sources",
                "source state",
                "last crawled",
                "last change",
                "health",
                *questions,
            ],
        )
    )
    covered = sum(1 for c in answered if answered[c])
    print(
        f"\n{covered} of {len(registry.authorities)} authorities answer at least one question; Q1-Q{len(questions)}: x = answered"
    )
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from foi import sources_check

    return sources_check.run(args, campaign_of(args), Registry.load())


def cmd_campaign(args: argparse.Namespace) -> int:
    """`foi campaign new NAME --questions FILE`: write a campaign file, check that it loads."""
    from datetime import date

    from foi.atomic import atomic_write_text
    from foi.campaign import new_campaign_toml, read_questions

    source = Path(args.questions)
    try:
        text = source.read_text("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"--questions {source}: no such file") from None
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise UserError(
            f"--questions {source}: not a text file ({exc.__class__.__name__})"
        ) from None
    questions = read_questions(text)
    out = Path(args.out) if args.out else Path(f"{args.name}.toml")
    if out.suffix != ".toml":
        raise UserError(f"--out {out}: a campaign file ends in .toml")
    if out.exists() and not args.force:
        raise UserError(f"{out} exists: give --force to replace it, or another --out")
    definition = new_campaign_toml(args.name, questions, date.today().isoformat())
    atomic_write_text(out, definition)
    try:
        campaign = load_campaign(out)
    except CampaignError:
        out.unlink()
        raise
    print(f"wrote {out}: campaign {campaign.id}, {len(campaign.questions)} questions, "
          f"one free-text field each ({', '.join(campaign.specs)})")  # fmt: skip
    for q in campaign.questions:
        print(f"  Q{q.no} [{q.key}] {q.text}")
    print(
        f"\nNext: foi --campaign {out} parse REPLY, then foi --campaign {out} import/build/report;"
    )
    print("add coded fields to the file as you learn how councils answer (see the README).")
    return 0


def cmd_registry(args: argparse.Namespace) -> int:
    from foi import registry as reg

    rows = reg.build(Path(args.reference), Path(args.extras))
    reg.write(rows, Path(args.out))
    print(f"wrote {len(rows)} authorities to {args.out}")
    uk = reg.build_uk(Path(args.uk_reference), {r["code"] for r in rows})
    reg.write_uk(uk, Path(args.uk_out))
    print(f"wrote {len(uk)} UK councils to {args.uk_out}")
    return 0


def build_parser(campaign: str = DEFAULT) -> argparse.ArgumentParser:
    """The command line; `foi filter`'s options come from `campaign`'s fields."""
    from foi import __version__
    from foi.campaign import available

    p = argparse.ArgumentParser(prog="foi", description=__doc__)
    p.add_argument("--version", action="version", version=f"foi {__version__}")
    p.add_argument(
        "--campaign",
        default=DEFAULT,
        help=f"campaign: a name ({', '.join(available())}) or a .toml file (default {DEFAULT})",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_data_dir(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument(
            "--data-dir", help="archive and dataset folder (default: $FOI_DATA_DIR or ./data)"
        )
        return sp

    sp = sub.add_parser("parse", help="read one response: authority, outcome, answers, facts")
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true", help="one JSON object on stdout")
    sp.add_argument(
        "--force",
        action="store_true",
        help="read it even if it does not match the campaign's request",
    )
    sp.set_defaults(func=cmd_parse)

    sp = sub.add_parser("eval", help="score the parser against a labelled corpus")
    sp.add_argument("corpus")
    sp.add_argument("--min-fields", type=float, help="fail if any coded field is below this share")
    sp.add_argument(
        "--min-answers", type=float, help="fail if answer agreement is below this share"
    )
    sp.set_defaults(func=cmd_eval)

    sp = with_data_dir(
        sub.add_parser(
            "import",
            help="add documents received by email or by hand, a whole mailbox, or an IMAP folder",
        )
    )
    sp.add_argument(
        "files", nargs="*", help="documents, folders of .eml files, mbox files or Maildirs"
    )
    sp.add_argument("--authority", help="GSS code or name of the responding authority")
    imap = sp.add_argument_group(
        "IMAP", "password from $FOI_IMAP_PASSWORD or ~/.netrc (machine HOST); never echoed"
    )
    imap.add_argument("--imap", action="store_true", help="read a folder of a mailbox over IMAP")
    imap.add_argument("--host", help="IMAP server")
    imap.add_argument("--user", help="login name")
    imap.add_argument("--folder", help="folder to read, e.g. INBOX")
    imap.add_argument("--port", type=int, help="default 993 (TLS), 143 with --no-tls")
    imap.add_argument(
        "--no-tls", action="store_true", help="STARTTLS if offered, else plain; loopback hosts only"
    )
    imap.add_argument("--cafile", help="certificate(s) to trust for the server, PEM")
    sp.set_defaults(func=cmd_import)

    sp = with_data_dir(
        sub.add_parser("crawl", help="crawl where councils publish, into the archive")
    )
    sp.add_argument("--only", help="comma-separated GSS codes or names (e.g. York,E06000016)")
    sp.add_argument("--platform", help="one platform: " + ", ".join(PLATFORMS))
    sp.add_argument("--sources", help="sources CSV (replaces the project's own)")
    sp.add_argument(
        "--quiet", action="store_true", help="for cron: only what changed and what failed"
    )
    sp.add_argument("--log-json", help="also write the crawl log as JSON lines to this file")
    sp.add_argument(
        "--no-build",
        action="store_true",
        help="archive only; build the dataset later with `foi build`",
    )
    sp.add_argument(
        "--workers",
        metavar="REDIS_URL",
        help="be one of several crawl processes, on any machines, sharing a Redis "
        "(redis://HOST:PORT/DB) and this data directory; implies --no-build",
    )
    sp.add_argument(
        "--run",
        default="crawl",
        help="with --workers: the shared crawl's name (workers of one crawl give the same)",
    )
    sp.set_defaults(func=cmd_crawl)

    sp = with_data_dir(sub.add_parser("demo", help="crawl the bundled mirror offline and read it"))
    sp.set_defaults(func=cmd_demo)

    sp = with_data_dir(sub.add_parser("build", help="parse the archive into the Parquet dataset"))
    sp.add_argument("--out", help="dataset folder (default: DATA_DIR/dataset)")
    sp.add_argument(
        "--corrections", help="corrections CSV (default: DATA_DIR/corrections.csv if present)"
    )
    sp.set_defaults(func=cmd_build)

    sp = with_data_dir(
        sub.add_parser("filter", help="responses matching conditions, with evidence (CSV)")
    )
    filter_options(sp, campaign)
    sp.add_argument("--partnership", help="part of a partnership's name")
    sp.add_argument("--region", help="region of England, or part of its name, e.g. Yorkshire")
    sp.add_argument("--no-response", action="store_true", help="authorities with no response found")
    sp.add_argument("--disagree", action="store_true", help="members of partnerships that disagree")
    sp.add_argument(
        "--csv",
        metavar="FILE",
        help="also write the rows with evidence and URL as CSV (- for stdout)",
    )
    sp.set_defaults(func=cmd_filter)

    sp = with_data_dir(sub.add_parser("review", help="the facts to check first"))
    sp.add_argument("--limit", type=int, default=30)
    sp.set_defaults(func=cmd_review)

    sp = with_data_dir(sub.add_parser("export", help="the dataset as CSV, Excel or SQLite"))
    sp.add_argument("--format", choices=["csv", "xlsx", "sqlite"], required=True)
    sp.add_argument("--out", help="file (xlsx, sqlite) or folder (csv)")
    sp.set_defaults(func=cmd_export)

    sp = with_data_dir(sub.add_parser("report", help="one self-contained HTML report"))
    sp.add_argument("--out", help="HTML file (default DATA_DIR/report.html)")
    sp.add_argument(
        "--with-documents",
        action="store_true",
        help="copy each response's archived document into OUT-documents/ beside the report",
    )
    sp.set_defaults(func=cmd_report)

    sp = with_data_dir(
        sub.add_parser("status", help="per authority: sources, last crawl, last change, health")
    )
    sp.add_argument("--sources", help="sources CSV (default: the project's own)")
    sp.add_argument(
        "--only-problems",
        action="store_true",
        help="only what needs acting on: a failing fetch, or no source known",
    )
    sp.set_defaults(func=cmd_status)

    sp = sub.add_parser("sources", help="check the sources file's rows, or find a council's log")
    actions = sp.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="fetch each row's log; write the verdict and date")
    check.add_argument("--only", help="comma-separated GSS codes or platforms")
    check.add_argument("--sources", help="sources CSV (default: the project's own)")
    check.add_argument("--dry-run", action="store_true", help="report only; leave the file")
    find = actions.add_parser("discover", help="find a council's disclosure log; propose a row")
    find.add_argument("url", help="the council's FOI page or home page")
    find.add_argument("--authority", help="GSS code or name, if the site does not say")
    find.add_argument("--sources", help="sources CSV for --add (default: the project's own)")
    find.add_argument("--add", action="store_true", help="append the proposed row")
    sp.set_defaults(func=cmd_sources)

    sp = sub.add_parser("campaign", help="start a campaign file for a new round-robin request")
    actions = sp.add_subparsers(dest="action", required=True)
    new = actions.add_parser(
        "new", help="a campaign file from the request's questions: one free-text field each"
    )
    new.add_argument("name", help="its name: lower-case letters, digits and _ (my_request)")
    new.add_argument(
        "--questions", required=True, help="text file of the questions (numbered, or one a line)"
    )
    new.add_argument("--out", help="the campaign file to write (default: NAME.toml here)")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    sp.set_defaults(func=cmd_campaign)

    sp = with_data_dir(sub.add_parser("verify", help="check the raw archive against the manifest"))
    sp.set_defaults(func=cmd_verify)

    sp = sub.add_parser("registry", help="rebuild the authority registry from reference data")
    sp.add_argument("--reference", default="../shared/reference/english_cs_authorities_153.csv")
    sp.add_argument("--extras", default="foi/data/authority_extras.csv")
    sp.add_argument("--out", default="foi/data/authorities.csv")
    sp.add_argument("--uk-reference", default="../shared/reference/uk_local_authorities.csv")
    sp.add_argument("--uk-out", default="foi/data/uk_councils.csv")
    sp.set_defaults(func=cmd_registry)
    return p


def filter_options(sp: argparse.ArgumentParser, campaign: str) -> None:
    """`foi filter`'s options, one per field of the campaign (its TOML alone is read, so
    `foi --help` stays quick): a category's values, a month's start (2023, 2023-05), a
    whole number, words of a free-text answer, or whether a count by year was given."""
    from foi.campaign import load_specs
    from foi.dataset.values import COUNT_FILTERS, OUTCOMES

    sp.add_argument("--outcome", choices=OUTCOMES, dest="outcome")
    try:
        specs = load_specs(campaign)
    except CampaignError:
        return  # reported when the command loads the campaign
    for spec in specs.values():
        flag = f"--{spec.name.replace('_', '-')}"
        what = spec.title
        if spec.coded:
            sp.add_argument(flag, choices=spec.values, dest=spec.name, help=what)
        elif spec.type == "count_by_year":
            sp.add_argument(flag, choices=COUNT_FILTERS, dest=spec.name,
                            help=f"{what}: figures given, any suppressed, or none")  # fmt: skip
        elif spec.type == "month":
            sp.add_argument(flag, metavar="YYYY[-MM]", dest=spec.name, help=what)
        elif spec.type == "integer":
            sp.add_argument(flag, type=int, metavar="N", dest=spec.name, help=what)
        else:
            sp.add_argument(flag, metavar="WORDS", dest=spec.name, help=f"{what} (contains)")


def main(argv: Sequence[str] | None = None) -> int:
    # The one place output leaves: no control character from a document or a file name
    # reaches the terminal.
    try:
        with sanitised_output():
            code = _main(argv)
            sys.stdout.flush()  # a reader that left (`| head`) is found here, not at exit
        return code
    except BrokenPipeError:
        # The reader of our output went away (`foi filter | head`): stop quietly, as Unix
        # tools do. Point stdout at /dev/null so the interpreter's last flush cannot fail.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1


def _main(argv: Sequence[str] | None) -> int:
    # `--campaign` first: `foi filter`'s options are that campaign's fields.
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("--campaign", default=DEFAULT)
    known, _ = first.parse_known_args(argv)
    parser = build_parser(known.campaign)
    args = parser.parse_args(argv)
    if args.command is None:  # a bare `foi`: the help, not an error
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except UserError as exc:  # (foi.errors: every error written for the user)
        print(f"foi {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # no traceback reaches the user unless asked for
        if os.environ.get("FOI_DEBUG"):
            raise
        print(f"foi {args.command}: unexpected error: {exc.__class__.__name__}: {exc} "
              "(set FOI_DEBUG=1 for the traceback)", file=sys.stderr)  # fmt: skip
        return 3


if __name__ == "__main__":
    sys.exit(main())

"""The `foi` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from foi.archive.datadir import root_from
from foi.archive.importing import import_one as import_one  # (the tests import it from here)

# Each command calls one stage (foi/archive/importing.py, crawling.py, demo.py, status.py, ...) and
# prints; it imports that stage and the rest (pandas, pyarrow, Scrapy, the readers) itself, so
# `foi --help` and `foi parse` start at once (benchmarks/startup.py; tests/test_cli.py).
from foi.archive.store import Archive
from foi.campaigns.campaign import DEFAULT, CampaignError, DataPaths, data_paths, load_campaign
from foi.cli_args import build_parser as _build_parser
from foi.errors import UserError
from foi.reference.registry import Registry
from foi.views.terminal import sanitised_output
from parsers.model import ParseError

EXPORT_NAMES = {"csv": "export", "xlsx": "foi-dataset.xlsx", "sqlite": "foi-dataset.sqlite"}


def data_dir(arg: str | None) -> Path:
    return root_from(arg)


def campaign_of(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The campaign `--campaign` names, loaded once per command."""
    if getattr(args, "_campaign", None) is None:
        args._campaign = load_campaign(args.campaign)
    return args._campaign


def paths_of(args: argparse.Namespace) -> DataPaths:
    """Where this campaign's dataset, corrections, history and report live in the data
    directory (foi.archive.datadir.data_paths: the first campaign at the top, any other in
    DATA_DIR/campaigns/<id>/)."""
    return data_paths(data_dir(args.data_dir), campaign_of(args))


def cmd_parse(args: argparse.Namespace) -> int:
    from foi.parse.parsing import parse_file, show

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
    from foi.parse.evaluate import evaluate, lowest_field_rate, report

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


def cmd_import(args: argparse.Namespace) -> int:
    from foi.archive.importing import import_imap, import_paths

    campaign, registry = campaign_of(args), Registry.load()
    root = data_dir(args.data_dir)
    if args.imap:
        return import_imap(_imap_account(args), root, campaign, registry)
    if not args.files:
        raise UserError("give files, a mailbox (mbox, Maildir, a folder of .eml) or --imap")
    return import_paths(args.files, root, campaign, registry, args.authority)


def _imap_account(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from foi.archive import imap
    from foi.archive.importing import ONE_DOCUMENT_ONLY

    if args.files:
        raise UserError("--imap reads a folder on a server: give no files with it")
    missing = [f"--{o}" for o in ("host", "user", "folder") if not getattr(args, o)]
    if missing:
        raise UserError(f"--imap needs {', '.join(missing)}")
    if args.authority:
        raise UserError(ONE_DOCUMENT_ONLY)
    return imap.Account(
        host=args.host, user=args.user, folder=args.folder, port=args.port,
        tls=not args.no_tls, cafile=args.cafile,
    )  # fmt: skip


def cmd_crawl(args: argparse.Namespace) -> int:
    # The crawler is reached from here alone (tests/test_layers.py) and handed to the stage.
    from crawler.run import SPIDERS, crawl, per_authority
    from foi.crawling import CrawlPlan, only_codes, run_crawl, warn_without_contact
    from foi.reference.sources import load_sources

    registry = Registry.load()
    sources = Path(args.sources) if args.sources else None
    rows = load_sources(sources, registry)
    if args.platform and args.platform not in SPIDERS:
        raise UserError(f"--platform must be one of {', '.join(SPIDERS)}")
    only = only_codes(args.only, registry, rows, args.platform, sources) if args.only else None
    if args.workers:  # one of several processes: the build runs once, after them all
        from crawler.distributed import connect, prefix

        prefix(campaign_of(args).id, args.run)
        connect(args.workers)
    warn_without_contact()
    plan = CrawlPlan(
        root=data_dir(args.data_dir), campaign=campaign_of(args), campaign_name=args.campaign,
        sources=sources, platforms=[args.platform] if args.platform else None, only=only,
        quiet=args.quiet, log_json=Path(args.log_json) if args.log_json else None,
        workers=args.workers, run=args.run, build=not (args.no_build or args.workers),
    )  # fmt: skip
    return run_crawl(plan, registry, crawl, per_authority)


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled mirror on 127.0.0.1, crawl it with the real spiders, read what was kept."""
    started = time.perf_counter()  # the total it prints includes loading the crawler
    from crawler.run import crawl, per_authority
    from foi.demo import run_demo

    campaign, registry = campaign_of(args), Registry.load()
    root = data_dir(args.data_dir)
    return run_demo(root, campaign, args.campaign, registry, started, crawl, per_authority)


def cmd_build(args: argparse.Namespace) -> int:
    from foi.archive.lock import data_lock
    from foi.dataset.building import build_dataset

    root = data_dir(args.data_dir)
    with data_lock(root, "build"):
        return build_dataset(
            root, campaign_of(args), Registry.load(),
            out=Path(args.out) if args.out else None,
            corrections=Path(args.corrections) if args.corrections else None,
        )  # fmt: skip


def cmd_verify(args: argparse.Namespace) -> int:
    """Check every archived document against its manifest record."""
    archive = Archive(data_dir(args.data_dir))
    problems = archive.verify()
    for rec, why in problems:
        print(f"{rec.location}  {rec.sha256[:12]}  {why}")
    checked = len({r.sha256 for r in archive.records() if r.status == "ok" and r.sha256})
    print(f"{checked} documents checked, {len(problems)} missing or altered")
    return 1 if problems else 0


def cmd_filter(args: argparse.Namespace) -> int:
    from foi.views.queries import filter_responses, synthetic, write_csv
    from foi.views.tables import frame_table

    campaign = campaign_of(args)
    where = _conditions(args, campaign)
    df = filter_responses(
        paths_of(args).dataset, where=where, partnership=args.partnership, region=args.region,
        no_response=args.no_response, disagree=args.disagree, campaign=campaign,
    )  # fmt: skip
    demo = synthetic(paths_of(args).dataset)
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
    print(frame_table(df.drop(columns=hidden)))
    if args.csv:
        write_csv(df, Path(args.csv))  # no cell a spreadsheet would run as a formula
        print(f"\n{len(df)} rows; with the evidence sentence and source URL of each: {args.csv}")
    else:
        print(
            f"\n{len(df)} rows (--csv FILE writes them with the evidence sentence and source URL)"
        )
    return 0


def _conditions(args: argparse.Namespace, campaign) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """`foi filter`'s conditions on the campaign's fields and the outcome, as given."""
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
    return where


def cmd_review(args: argparse.Namespace) -> int:
    from foi.views.queries import review_queue
    from foi.views.tables import frame_table

    df = review_queue(paths_of(args).dataset, limit=args.limit)
    print(frame_table(df))
    print(
        "\nCorrect a value by adding a row to corrections.csv (authority_code,field,value,note,reviewer)."
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from foi.views.queries import export

    out = Path(args.out) if args.out else paths_of(args).home / EXPORT_NAMES[args.format]
    campaign = campaign_of(args)
    written = export(paths_of(args).dataset, args.format, out, campaign.title, campaign)
    print("\n".join(f"wrote {p}" for p in written))
    if args.format == "sqlite":
        meta = out.with_name(out.stem + ".metadata.json")
        print(f"open it with: datasette {out} -m {meta}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from foi.views.report import build_report, documents_folder

    out = Path(args.out) if args.out else paths_of(args).report
    archive = data_dir(args.data_dir) if args.with_documents else None
    campaign = campaign_of(args)
    build_report(
        paths_of(args).dataset, out, campaign.title, with_documents_from=archive, campaign=campaign
    )
    print(f"wrote {out} (self-contained: open it in any browser, offline)")
    if archive is not None:
        print(f"with the archived documents in {documents_folder(out)}/ (share the two together)")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Per authority: sources, last crawled, last change, health, and questions answered."""
    from foi.reference.sources import load_sources
    from foi.views.status import status
    from foi.views.tables import table

    registry = Registry.load()
    sources = load_sources(Path(args.sources) if args.sources else None, registry)
    found = status(
        data_dir(args.data_dir), paths_of(args), campaign_of(args), registry, sources,
        args.only_problems,
    )  # fmt: skip
    print(table(found.rows, found.header))
    print(f"\n{found.footer}")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from foi.reference import sources_check

    return sources_check.run(args, campaign_of(args), Registry.load())


def cmd_campaign(args: argparse.Namespace) -> int:
    """`foi campaign new NAME --questions FILE`: write a campaign file, check that it loads."""
    from datetime import date

    from foi.archive.atomic import atomic_write_text
    from foi.campaigns.campaign import new_campaign_toml, read_questions

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
    from foi.reference import registry as reg
    from foi.reference import uk_councils

    rows = reg.build(Path(args.reference), Path(args.extras))
    reg.write(rows, Path(args.out))
    print(f"wrote {len(rows)} authorities to {args.out}")
    uk = uk_councils.build_uk(Path(args.uk_reference), {r["code"] for r in rows})
    uk_councils.write_uk(uk, Path(args.uk_out))
    print(f"wrote {len(uk)} UK councils to {args.uk_out}")
    return 0


def build_parser(campaign: str = DEFAULT) -> argparse.ArgumentParser:
    """The command line (foi/cli_args.py); `foi filter`'s options come from `campaign`'s fields."""
    return _build_parser(campaign, COMMANDS, description=__doc__)


COMMANDS = {
    "parse": cmd_parse, "eval": cmd_eval, "import": cmd_import, "crawl": cmd_crawl,
    "demo": cmd_demo, "build": cmd_build, "filter": cmd_filter, "review": cmd_review,
    "export": cmd_export, "report": cmd_report, "status": cmd_status, "sources": cmd_sources,
    "campaign": cmd_campaign, "verify": cmd_verify, "registry": cmd_registry,
}  # fmt: skip


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

"""The `foi` command line: one small function per sub-command registers its arguments;
`build_parser` puts them together and points each at its handler in foi/cli.py. `foi
filter`'s options come from the campaign's fields (its TOML alone is read, so `foi --help`
stays quick)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from foi.campaigns.campaign import DEFAULT, CampaignError
from foi.reference.sources import PLATFORMS

Handler = Callable[[argparse.Namespace], int]
SubParsers = Any  # argparse's _SubParsersAction, private


def build_parser(
    campaign: str, handlers: Mapping[str, Handler], description: str | None = None
) -> argparse.ArgumentParser:
    """The command line; `foi filter`'s options come from `campaign`'s fields."""
    from foi import __version__
    from foi.campaigns.campaign import available

    p = argparse.ArgumentParser(prog="foi", description=description)
    p.add_argument("--version", action="version", version=f"foi {__version__}")
    p.add_argument(
        "--campaign",
        default=DEFAULT,
        help=f"campaign: a name ({', '.join(available())}) or a .toml file (default {DEFAULT})",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    commands: list[tuple[str, Callable[[SubParsers], argparse.ArgumentParser]]] = [
        ("parse", _parse), ("eval", _eval), ("import", _import), ("crawl", _crawl),
        ("demo", _demo), ("build", _build), ("filter", partial(_filter, campaign=campaign)),
        ("review", _review), ("export", _export), ("report", _report), ("status", _status),
        ("sources", _sources), ("campaign", _campaign), ("verify", _verify),
        ("registry", _registry),
    ]  # fmt: skip
    for name, register in commands:
        register(sub).set_defaults(func=handlers[name])
    return p


def _with_data_dir(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
    sp.add_argument(
        "--data-dir", help="archive and dataset folder (default: $FOI_DATA_DIR or ./data)"
    )
    return sp


def _parse(sub: SubParsers) -> argparse.ArgumentParser:
    sp = sub.add_parser("parse", help="read one response: authority, outcome, answers, facts")
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true", help="one JSON object on stdout")
    sp.add_argument(
        "--force",
        action="store_true",
        help="read it even if it does not match the campaign's request",
    )
    return sp


def _eval(sub: SubParsers) -> argparse.ArgumentParser:
    sp = sub.add_parser("eval", help="score the parser against a labelled corpus")
    sp.add_argument("corpus")
    sp.add_argument("--min-fields", type=float, help="fail if any coded field is below this share")
    sp.add_argument(
        "--min-answers", type=float, help="fail if answer agreement is below this share"
    )
    return sp


def _import(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(
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
    return sp


def _crawl(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(
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
    return sp


def _demo(sub: SubParsers) -> argparse.ArgumentParser:
    return _with_data_dir(
        sub.add_parser("demo", help="crawl the bundled mirror offline and read it")
    )


def _build(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(sub.add_parser("build", help="parse the archive into the Parquet dataset"))
    sp.add_argument("--out", help="dataset folder (default: DATA_DIR/dataset)")
    sp.add_argument(
        "--corrections", help="corrections CSV (default: DATA_DIR/corrections.csv if present)"
    )
    return sp


def _filter(sub: SubParsers, campaign: str) -> argparse.ArgumentParser:
    sp = _with_data_dir(
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
    return sp


def filter_options(sp: argparse.ArgumentParser, campaign: str) -> None:
    """`foi filter`'s options, one per field of the campaign (its TOML alone is read, so
    `foi --help` stays quick): a category's values, a month's start (2023, 2023-05), a
    whole number, words of a free-text answer, or whether a count by year was given."""
    from foi.campaigns.campaign import load_specs
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


def _review(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(sub.add_parser("review", help="the facts to check first"))
    sp.add_argument("--limit", type=int, default=30)
    return sp


def _export(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(sub.add_parser("export", help="the dataset as CSV, Excel or SQLite"))
    sp.add_argument("--format", choices=["csv", "xlsx", "sqlite"], required=True)
    sp.add_argument("--out", help="file (xlsx, sqlite) or folder (csv)")
    return sp


def _report(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(sub.add_parser("report", help="one self-contained HTML report"))
    sp.add_argument("--out", help="HTML file (default DATA_DIR/report.html)")
    sp.add_argument(
        "--with-documents",
        action="store_true",
        help="copy each response's archived document into OUT-documents/ beside the report",
    )
    return sp


def _status(sub: SubParsers) -> argparse.ArgumentParser:
    sp = _with_data_dir(
        sub.add_parser("status", help="per authority: sources, last crawl, last change, health")
    )
    sp.add_argument("--sources", help="sources CSV (default: the project's own)")
    sp.add_argument(
        "--only-problems",
        action="store_true",
        help="only what needs acting on: a failing fetch, or no source known",
    )
    return sp


def _sources(sub: SubParsers) -> argparse.ArgumentParser:
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
    return sp


def _campaign(sub: SubParsers) -> argparse.ArgumentParser:
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
    return sp


def _verify(sub: SubParsers) -> argparse.ArgumentParser:
    return _with_data_dir(
        sub.add_parser("verify", help="check the raw archive against the manifest")
    )


def _registry(sub: SubParsers) -> argparse.ArgumentParser:
    sp = sub.add_parser("registry", help="rebuild the authority registry from reference data")
    sp.add_argument("--reference", default="../shared/reference/english_cs_authorities_153.csv")
    sp.add_argument("--extras", default="foi/data/authority_extras.csv")
    sp.add_argument("--out", default="foi/data/authorities.csv")
    sp.add_argument("--uk-reference", default="../shared/reference/uk_local_authorities.csv")
    sp.add_argument("--uk-out", default="foi/data/uk_councils.csv")
    return sp

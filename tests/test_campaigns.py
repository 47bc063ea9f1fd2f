"""Issue 12: any round-robin request is a campaign file, and the campaign drives everything
after the parser. A typed campaign (FieldSpec, checked with the line of each mistake), a
dataset built from a toy campaign defined here, no module outside foi/campaigns/ naming a
bruising field, and `foi campaign new` from a journalist's questions to a dataset."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from foi.archive.store import Archive
from foi.campaigns.campaign import (
    CampaignError,
    data_paths,
    load_campaign,
    load_specs,
    read_questions,
)
from foi.cli import import_one, main
from foi.dataset.build import build
from tests.conftest import ROOT


def foi(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foi.cli", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env=dict(os.environ),
    )  # fmt: skip


# -- the toy campaign ------------------------------------------------------------------------------

TOY = """# A toy campaign, written by the test: two coded fields.
[campaign]
id = "cameras-2025"
title = "Speed cameras: a policy, and the year it was adopted"
rules = "toy_rules.py"
window_start = "2025-01-01"
window_end = "2026-12-31"
search_terms = ["speed cameras policy"]

[fingerprint]
required = "cameras"
min_groups = 1
[fingerprint.groups]
cameras = ['\\bspeed\\s+cameras?\\b']

[[questions]]
no = 1
key = "policy"
text = "Do you have a written policy on where speed cameras are placed?"
keywords = ["policy", "written"]

[[questions]]
no = 2
key = "adopted"
text = "In which year was that policy adopted?"
keywords = ["year", "adopted"]

[fields.has_policy]
question = 1
type = "yes_no"
default = "not_stated"
label = "Policy"
title = "Q1: a written policy on speed cameras"
description = "Does the council have a written policy on where speed cameras are placed."
meanings = { yes = "it has one", no = "it has none", not_stated = "the reply does not say" }
lead = { yes = "yes", no = "no" }
[[fields.has_policy.rules]]
value = "no"
patterns = ['\\bno\\s+(?:written\\s+)?policy\\b']
negatable = false

[fields.policy_year]
question = 2
type = "integer"
min = 1990
max = 2030
coder = "code_year"
label = "Adopted"
description = "The year the policy was adopted."
"""

TOY_RULES = '''"""The toy campaign's one coder: the year a policy was adopted."""

import re

from parsers.coding import Coded


def code_year(ctx):
    m = re.search(r"\\b(19[89]\\d|20[0-3]\\d)\\b", ctx.answers.get(2, ""))
    return {"policy_year": Coded(int(m.group(1)) if m else None, m and m.group(0), 0.8)}
'''

YORK = """City of York Council - Freedom of Information response

1. Do you have a written policy on where speed cameras are placed?
Yes. Our speed cameras policy is published on our website.

2. In which year was that policy adopted?
It was adopted by the Executive in 2019.

[Synthetic test document - not a real council response]
"""
LEEDS = """Leeds City Council - Freedom of Information response about speed cameras

1. Do you have a written policy on where speed cameras are placed?
We have no written policy; the police decide where cameras go.

2. In which year was that policy adopted?
Not applicable.

[Synthetic test document - not a real council response]
"""


def toy_campaign(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "toy_rules.py").write_text(TOY_RULES, "utf-8")
    path = folder / "cameras.toml"
    path.write_text(TOY, "utf-8")
    return path


def test_a_two_field_toy_campaign_builds_a_typed_dataset(tmp_path, registry):
    campaign = load_campaign(toy_campaign(tmp_path / "campaign"))
    assert list(campaign.specs) == ["has_policy", "policy_year"]
    data = tmp_path / "data"
    archive = Archive(data)
    for name, text, code in (("york.txt", YORK, "E06000014"), ("leeds.txt", LEEDS, "E08000035")):
        reply = tmp_path / name
        reply.write_text(text, "utf-8")
        rec, parsed = import_one(reply, archive, campaign, registry, code)
        assert rec.status == "ok" and parsed is not None and rec.campaign == "cameras-2025"
    result = build(data, campaign, registry)
    # Not the first campaign: its own folder, so a data directory holds several campaigns.
    assert result.out == data / "campaigns" / "cameras-2025" / "dataset"
    assert not (data / "dataset").exists()

    table = pq.read_table(result.out / "responses.parquet")
    schema = table.schema
    assert pa.types.is_dictionary(schema.field("has_policy").type)
    assert schema.field("policy_year").type == pa.int16()  # the smallest type 1990-2030 fits
    df = pd.read_parquet(result.out / "responses.parquet").set_index("authority_code")
    # The category keeps every value in the campaign's order, seen or not.
    assert list(df["has_policy"].cat.categories) == ["yes", "no", "not_stated"]
    assert df.loc["E06000014", "has_policy"] == "yes" and df.loc["E06000014", "policy_year"] == 2019
    assert df.loc["E08000035", "has_policy"] == "no" and pd.isna(df.loc["E08000035", "policy_year"])
    assert meta(table)["foi.campaign"] == "cameras-2025"

    facts = pd.read_parquet(result.out / "facts.parquet")
    fact = facts[(facts.authority_code == "E06000014") & (facts.field == "policy_year")].iloc[0]
    assert fact["value"] == "2019" and "2019" in fact["evidence"]
    answers = pd.read_parquet(result.out / "answers.parquet")
    assert set(answers["question_key"]) == {"policy", "adopted"}

    # The documentation comes from the campaign too.
    dictionary = (result.out / "DATA_DICTIONARY.md").read_text("utf-8")
    assert "Campaign `cameras-2025`" in dictionary
    assert "`has_policy`" in dictionary and "`yes`: it has one" in dictionary
    assert "`review_held`" not in dictionary
    package = json.loads((result.out / "datapackage.json").read_text("utf-8"))
    (responses,) = [r for r in package["resources"] if r["name"] == "responses"]
    column = {f["name"]: f for f in responses["schema"]["fields"]}["has_policy"]
    assert column["constraints"]["enum"] == ["yes", "no", "not_stated"]
    described = json.loads((result.out / "campaign.json").read_text("utf-8"))
    assert [f["name"] for f in described["fields"]] == ["has_policy", "policy_year"]

    # filter, export and report follow the campaign's fields.
    toml = str(tmp_path / "campaign" / "cameras.toml")
    out = tmp_path / "rows.csv"
    assert main(["--campaign", toml, "filter", "--data-dir", str(data), "--has-policy", "no",
                 "--csv", str(out)]) == 0  # fmt: skip
    rows = pd.read_csv(out)
    assert list(rows["authority_name"]) == ["Leeds City Council"]
    assert "has_policy_evidence" in rows.columns
    assert main(["--campaign", toml, "filter", "--data-dir", str(data), "--policy-year", "2019",
                 "--csv", str(out)]) == 0  # fmt: skip
    assert list(pd.read_csv(out)["authority_name"]) == ["City of York Council"]
    assert main(["--campaign", toml, "report", "--data-dir", str(data)]) == 0
    report = (data / "campaigns" / "cameras-2025" / "report.html").read_text("utf-8")
    assert "Q1: a written policy on speed cameras" in report and "s47" not in report


def meta(table: pa.Table) -> dict[str, str]:
    return {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}


def test_corrections_are_typed_by_the_campaign(tmp_path, registry):
    from foi.dataset.corrections import CorrectionsError, load_corrections

    campaign = load_campaign(toy_campaign(tmp_path / "c"))
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(
        "authority_code,field,value,note,reviewer\nE06000014,policy_year,1989,,JB\n", "utf-8"
    )
    with pytest.raises(CorrectionsError, match="row 2: policy_year 1989 is below 1990"):
        load_corrections(fixes, registry, campaign)
    fixes.write_text(
        "authority_code,field,value,note,reviewer\nE06000014,has_policy,maybe,,JB\n", "utf-8"
    )
    with pytest.raises(CorrectionsError, match="value 'maybe' is not one of yes, no, not_stated"):
        load_corrections(fixes, registry, campaign)
    s47 = load_campaign("s47_medicals")
    fixes.write_text(
        "authority_code,field,value,note,reviewer\n"
        "E06000014,s47_enquiries,2019/20=14; 2020/21=<5,read the table,JB\n",
        "utf-8",
    )
    (fix,) = load_corrections(fixes, registry, s47)
    assert fix.value == {"2019/20": 14, "2020/21": "<5", "2021/22": None, "2022/23": None,
                         "2023/24": None, "2024/25": None}  # fmt: skip


# -- a typed campaign: mistakes named with their line ------------------------------------------------


def line_of(text: str, needle: str) -> int:
    """The line `needle` starts on."""
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (('default = "not_stated"', 'default = "perhaps"'), 'default = "perhaps"',
         "field has_policy: default 'perhaps' is not one of yes, no, not_stated"),
        (('type = "integer"', 'type = "number"'), 'type = "number"',
         "field policy_year: type 'number' is not one of"),
        (("patterns = ['", "patterns = ['("), "[[fields.has_policy.rules]]",
         "field has_policy: pattern"),
        (("question = 2\ntype", "question = 7\ntype"), "question = 7",
         "field policy_year: question 7 is not one of the campaign's questions"),
        (('value = "no"', 'value = "nope"'), 'value = "nope"',
         "field has_policy: rule value 'nope' is not one of"),
        (('coder = "code_year"', 'coder = "code_yaer"'), 'coder = "code_yaer"',
         "field policy_year: coder 'code_yaer' is not a function of the rules module"),
        (('no = "it has none"', 'maybe = "it has none"'), "maybe =",
         "field has_policy: `meanings` names 'maybe', not among its values"),
        (("[[questions]]\nno = 2", "[[questions]]\nno = 1"), "no = 1\nkey = \"adopted\"",
         "question number 1 is not a new whole number"),
        (("min_groups = 1\n", 'min_groups = 1\none_of = ["radar"]\n'), "one_of =",
         "fingerprint: one_of group 'radar' is not defined"),
    ],
)  # fmt: skip
def test_a_mistake_in_a_campaign_file_is_named_with_its_line(tmp_path, change, where, message):
    path = toy_campaign(tmp_path)
    old, new = change
    text = TOY.replace(old, new, 1)
    assert text != TOY
    path.write_text(text, "utf-8")
    with pytest.raises(CampaignError) as err:
        load_campaign(path)
    assert message in str(err.value)
    assert f"cameras.toml, line {line_of(text, where)}:" in str(err.value)


def test_a_campaign_error_is_one_line_from_the_command(tmp_path, capsys):
    path = toy_campaign(tmp_path)
    path.write_text(TOY.replace('default = "not_stated"', 'default = "perhaps"'), "utf-8")
    seed = ROOT / "foi/samples/leicester-city-seed.txt"
    assert main(["--campaign", str(path), "parse", str(seed)]) == 2
    err = capsys.readouterr().err
    assert "cameras.toml, line" in err and "Traceback" not in err
    assert main(["--campaign", "no_such_campaign", "parse", str(seed)]) == 2
    assert "no campaign named 'no_such_campaign'" in capsys.readouterr().err


def test_the_shipped_campaigns_load_with_typed_fields():
    bruising = load_specs("bruising")
    assert bruising["review_held"].values == ("formal", "informal", "none", "not_stated")
    assert bruising["review_held"].meaning("informal").startswith("no formal review")
    assert bruising["age_threshold_months"].type == "integer"
    assert bruising["review_date"].type == "month"
    s47 = load_specs("s47_medicals")
    assert s47["s47_enquiries"].type == "count_by_year"
    assert s47["s47_enquiries"].years == ("2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25")  # fmt: skip
    assert s47["injury_basis"].values == ("bruising", "all_injuries", "not_stated")


def test_filter_options_come_from_the_campaign(capsys):
    with pytest.raises(SystemExit):
        main(["filter", "--help"])
    out = capsys.readouterr().out
    assert "--review-held" in out and "--s47-enquiries" not in out
    with pytest.raises(SystemExit):
        main(["--campaign", "s47_medicals", "filter", "--help"])
    out = capsys.readouterr().out
    assert "--s47-enquiries {given,suppressed,none}" in out and "--injury-basis" in out
    assert "--review-held" not in out


# -- no module outside foi/campaigns/ names a bruising field -----------------------------------------

# Documentation (README, the data dictionary) and the tests may name fields; code may not.
CODE = (".py", ".ipynb", ".cfg", ".yml", ".yaml", ".js", ".sh")


def test_no_module_outside_the_campaigns_names_a_bruising_field():
    fields = sorted(load_specs("bruising"), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(fields) + r")\b")
    skip = {".git", ".venv", "tests", "__pycache__", "foi_responses.egg-info"}
    found = []
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if (
            not path.is_file()
            or rel.parts[0] in skip
            or rel.parts[:2] == ("foi", "campaigns")
            or (path.suffix not in CODE and path.name != "run")
        ):
            continue
        for n, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{rel}:{n}: {line.strip()[:80]}")
    assert found == []


# -- foi campaign new: questions to a dataset on day one ---------------------------------------------

QUESTIONS = """Under the Freedom of Information Act, please tell me:

1. How many school crossing patrols did the council employ on
   1 September 2025?
2. How many school crossing patrol posts have been removed since 2020, and why?
3) Does the council plan to charge schools for school crossing patrols?
"""
CROSSINGS_REPLY = """Dear Requester,

Freedom of Information request FOI-2026-101

1. How many school crossing patrols did the council employ on 1 September 2025?
We employed 42 school crossing patrols on that date.

2. How many school crossing patrol posts have been removed since 2020, and why?
Six posts have been removed, mostly where a signalised crossing was installed.

3. Does the council plan to charge schools for school crossing patrols?
No, there are no such plans.

Yours sincerely,
Information Governance, Leeds City Council
[Synthetic test document - not a real council response]
"""


def test_read_questions_takes_numbered_items_or_lines():
    assert read_questions(QUESTIONS) == [
        "How many school crossing patrols did the council employ on 1 September 2025?",
        "How many school crossing patrol posts have been removed since 2020, and why?",
        "Does the council plan to charge schools for school crossing patrols?",
    ]
    assert read_questions("Is there a policy?\n\nWhen was it adopted?\n") == [
        "Is there a policy?",
        "When was it adopted?",
    ]


def test_campaign_new_from_questions_to_a_dataset(tmp_path):
    (tmp_path / "questions.txt").write_text(QUESTIONS, "utf-8")
    proc = foi("campaign", "new", "crossings", "--questions", "questions.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "3 questions, one free-text field each (q1, q2, q3)" in proc.stdout
    path = tmp_path / "crossings.toml"
    campaign = load_campaign(path)
    assert [q.no for q in campaign.questions] == [1, 2, 3]
    assert campaign.questions[2].text.startswith("Does the council plan to charge")
    assert {s.type for s in campaign.specs.values()} == {"text"}
    # Refuses to overwrite without --force.
    again = foi("campaign", "new", "crossings", "--questions", "questions.txt", cwd=tmp_path)
    assert again.returncode == 2 and "exists" in again.stderr

    reply = tmp_path / "leeds.txt"
    reply.write_text(CROSSINGS_REPLY, "utf-8")
    parsed = foi("--campaign", str(path), "parse", str(reply), "--json")
    assert parsed.returncode == 0, parsed.stderr
    out = json.loads(parsed.stdout)
    assert out["campaign"] == campaign.id and out["outcome"] == "answered"
    assert out["fields"]["q1"] == "We employed 42 school crossing patrols on that date."
    assert out["fields"]["q3"] == "No, there are no such plans."
    # A reply to another request is not this campaign's.
    other = foi("--campaign", str(path), "parse", str(ROOT / "foi/samples/leicester-city-seed.txt"))
    assert other.returncode == 2

    data = tmp_path / "data"
    assert foi("--campaign", str(path), "import", str(reply), "--authority", "Leeds",
               "--data-dir", str(data)).returncode == 0  # fmt: skip
    built = foi("--campaign", str(path), "build", "--data-dir", str(data))
    assert built.returncode == 0, built.stderr
    dataset = data_paths(data, campaign).dataset
    df = pd.read_parquet(dataset / "responses.parquet")
    assert list(df["authority_name"]) == ["Leeds City Council"]
    assert df.loc[0, "q2"].startswith("Six posts have been removed")
    answers = pd.read_parquet(dataset / "answers.parquet")
    assert len(answers) == 3 and (answers["status"] == "answered").all()
